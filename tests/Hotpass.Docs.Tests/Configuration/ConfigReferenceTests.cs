using Hotpass.Docs.Configuration.Keys;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary>The configuration reference page and the JSON Schema are generated from the reader's key table
/// (<see cref="ConfigKeys.All"/>) and cannot drift from it; real configuration files validate against the schema.</summary>
public sealed class ConfigReferenceTests
{
    private const string Regenerate = "Regenerate with: UPDATE_GOLDEN=1 dotnet test Hotpass.Docs.sln --filter ConfigReferenceTests";

    [Fact]
    public void The_shipped_reference_page_is_the_one_the_key_table_generates()
    {
        AssertShipped(ConfigReferencePage.ShippedPath, ConfigReferencePage.Markdown(ConfigKeys.All));
    }

    [Fact]
    public void The_shipped_schema_is_the_one_the_key_table_generates()
    {
        AssertShipped(ConfigSchema.FileName, ConfigSchema.Json);
    }

    [Fact]
    public void The_shipped_configuration_validates_against_the_schema_and_names_it_on_its_first_line()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "hotpass-docs.yml"));
        Assert.Empty(ConfigSchemaCheck.Problems(yaml));
        Assert.StartsWith($"# yaml-language-server: $schema=./{ConfigSchema.FileName}\n", yaml.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_of_the_table_is_on_the_page_and_in_the_schema()
    {
        var page = ConfigReferencePage.Markdown(ConfigKeys.All);
        foreach (var key in ConfigKeys.All.Where(k => k.Kind != ConfigValueKind.Mapping))
            Assert.Contains($"| `{key.Path}` |", page, StringComparison.Ordinal);
        foreach (var key in ConfigKeys.All)
            Assert.Contains($"\"{key.Name}\": {{", ConfigSchema.Json, StringComparison.Ordinal);
    }

    /// <summary>A file that sets every key the table lists: the reader knows them all (no HPD002) and accepts every
    /// value (no HPD003), and the schema accepts the same file.</summary>
    [Fact]
    public void A_file_with_every_key_is_read_without_complaint_and_is_valid()
    {
        const string yaml = """
            title: Every key
            content: content
            templates: templates
            out: _site
            out_force: false
            base_url: /docs/
            repo_url: https://example.org/repo
            edit_uri: edit/main/content/
            as_of: 2025-11-23T00:00:00Z
            as_of_note: pinned
            sections:
              - folder: guides
                title: Guides
                type: how-to
            nav:
              max_section_pages: 40
            diagnostics:
              HPD453: info
              HPD109: none
            frameworks: frameworks
            governance:
              rpn_threshold: 200
              default_cadence: monthly
              sprint: P14D
              release_max_age: P90D
              pr_max_age: P2W
              pages: audit/governance
            exclude: [content/drafts/**, "**/*.bak"]
            evidence:
              dir: evidence
              due_fraction: 0.2
              commit: 84e9292b8b31f3c1fcf4fdc3f319804a41ef9883
            """;
        Assert.Empty(ConfigSchemaCheck.Problems(yaml));
        using var site = new TempSite().File("hotpass-docs.yml", yaml);
        foreach (var folder in new[] { "content", "templates", "frameworks", "evidence" }) Directory.CreateDirectory(Path.Combine(site.Root, folder));
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read(site.Root, diagnostics);
        Assert.Empty(diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("titel: Typo\n", "titel")]
    [InlineData("nav:\n  max_pages: 3\n", "nav.max_pages")]
    [InlineData("governance:\n  rpn: 3\n", "governance.rpn")]
    [InlineData("evidence:\n  folder: ev\n", "evidence.folder")]
    [InlineData("sections:\n  - folder: a\n    name: A\n", "sections[].name")]
    public void A_key_the_table_lacks_is_refused_by_the_schema_and_warned_of_by_the_reader(string yaml, string key)
    {
        Assert.NotEmpty(ConfigSchemaCheck.Problems(yaml));
        using var site = new TempSite().File("hotpass-docs.yml", yaml);
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read(site.Root, diagnostics);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "HPD002" && d.Message.Contains($"'{key}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("out_force: yes please\n")]
    [InlineData("governance:\n  rpn_threshold: 0\n")]
    [InlineData("governance:\n  sprint: two weeks\n")]
    [InlineData("evidence:\n  due_fraction: 1\n")]
    [InlineData("diagnostics:\n  HPD453: loud\n")]
    [InlineData("sections:\n  - title: No folder\n")]
    [InlineData("sections:\n  - folder: a\n    type: guide\n")]
    public void A_value_the_reader_refuses_the_schema_refuses_too(string yaml)
    {
        Assert.NotEmpty(ConfigSchemaCheck.Problems(yaml));
        using var site = new TempSite().File("hotpass-docs.yml", yaml);
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read(site.Root, diagnostics);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
    }

    private static void AssertShipped(string relativePath, string generated)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        var shipped = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(shipped == generated, $"{relativePath} is not what ConfigKeys.All generates (a key was added or changed). {Regenerate}");
    }
}
