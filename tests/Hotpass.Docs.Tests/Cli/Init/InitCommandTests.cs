using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Cli.Init;

/// <summary><c>hotpass-docs init</c> as a new user runs it: into an empty folder, then build, green at once.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hpd-init-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Init_into_an_empty_folder_builds_green_with_every_gate_on(bool governance)
    {
        var (exit, output, error) = governance ? CliRunner.Run("init", "--governance", _dir) : CliRunner.Run("init", _dir);
        Assert.True(exit == 0, error);
        Assert.Contains("hotpass-docs init: a new site in", output, StringComparison.Ordinal);

        var memory = new InMemorySite();
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(_dir, AsOf: "now", Strict: true), memory);

        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Hotpass.Docs.Diagnostics.Severity.Warning);
        foreach (var page in new[] { "index.html", "tutorials/first-steps.html", "how-to/preview-changes.html", "reference/configuration.html", "explanation/why-docs-as-code.html" })
            Assert.True(memory.Files.ContainsKey(page), page);
        if (governance)
        {
            Assert.True(memory.Files.ContainsKey("governance/controls/CTL-TESTS-PASS.html"));
            Assert.True(memory.Files.ContainsKey("governance/risks/RSK-UNTESTED-CHANGE.html"));
            Assert.True(File.Exists(Path.Combine(_dir, "evidence/ci/unit-tests.junit.xml.evidence.yaml")));
        }
        else Assert.False(Directory.Exists(Path.Combine(_dir, "evidence")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_written_configuration_names_its_schema_on_the_first_line_and_validates(bool governance)
    {
        var (exit, _, error) = governance ? CliRunner.Run("init", "--governance", "--title", "Team: \"docs\" # 1", _dir) : CliRunner.Run("init", _dir);
        Assert.True(exit == 0, error);
        var yaml = File.ReadAllText(Path.Combine(_dir, "hotpass-docs.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=./hotpass-docs.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Empty(ConfigSchemaCheck.Problems(yaml));
        Assert.Equal(Hotpass.Docs.Configuration.Keys.ConfigSchema.Json, File.ReadAllText(Path.Combine(_dir, "hotpass-docs.schema.json")));
        Assert.True(File.Exists(Path.Combine(_dir, ".github/workflows/docs.yml")));
        Assert.True(File.Exists(Path.Combine(_dir, ".github/dependabot.yml")));
        if (governance)
        {
            var config = Hotpass.Docs.Load.Config.SiteConfigReader.Read(_dir, new Hotpass.Docs.Diagnostics.DiagnosticBag());
            Assert.Equal("Team: \"docs\" # 1", config.Title);
        }
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_a_code_and_exit_two_and_left_as_it_was()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "mine");

        var (exit, output, error) = CliRunner.Run("init", _dir);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("error HPD027:", error, StringComparison.Ordinal);
        Assert.Contains("'notes.txt'", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Force_adds_the_site_beside_what_is_there_and_never_overwrites_or_deletes()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "content"));
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(_dir, "content/index.md"), "---\ntitle: Mine\n---\nMy page.\n");

        var (exit, output, error) = CliRunner.Run("init", "--force", _dir);

        Assert.True(exit == 0, error);
        Assert.Contains("kept  content/index.md", output, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_dir, "notes.txt")));
        Assert.Equal("---\ntitle: Mine\n---\nMy page.\n", File.ReadAllText(Path.Combine(_dir, "content/index.md")));
        Assert.True(File.Exists(Path.Combine(_dir, "content/tutorials/first-steps.md")));
    }

    [Fact]
    public void Force_writes_nothing_through_a_symbolic_link()
    {
        var outside = Path.Combine(Path.GetTempPath(), "hpd-init-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            Directory.CreateDirectory(_dir);
            Directory.CreateSymbolicLink(Path.Combine(_dir, "content"), outside);

            var (exit, output, _) = CliRunner.Run("init", "--force", _dir);

            Assert.Equal(0, exit);
            Assert.Empty(Directory.GetFileSystemEntries(outside));
            Assert.Contains("kept  content/index.md", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
