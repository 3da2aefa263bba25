using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Model;

/// <summary>Generated output names that clash or cannot be files are found in the model stage, at their source, so
/// <c>check</c> and <c>build</c> report the same thing (never a configuration error naming a staging folder).</summary>
public sealed class OutputClashTests
{
    private static TempSite Site() => new TempSite()
        .Page("index.md", "Home")
        .Page("governance/g.md", "G", extra: "controls:\n  - { id: CTL-A, title: A, cadence: monthly, evidence: [\"**\"] }\n");

    [Fact]
    public void An_evidence_file_named_index_is_reported_at_the_file()
    {
        using var site = Site().File("evidence/index", "x\n").File("evidence/index.evidence.yaml", "collected_at: 2025-11-20\n");
        AssertCheckAndBuildAgree(site, "evidence/index: error HPD115: Output 'evidence/index.html' is also produced by 'the build itself (evidence/index.html)'");
    }

    [Fact]
    public void A_file_where_another_output_needs_a_folder_is_reported_at_both()
    {
        // a.md becomes the file a.html, and the folder a.html/ holds a picture.
        using var site = Site().Page("how-to/a.md", "A").File("content/how-to/a.html/b.txt", "y");
        AssertCheckAndBuildAgree(site,
            "content/how-to/a.html/b.txt: error HPD118: Output 'how-to/a.html/b.txt' needs 'how-to/a.html' as a folder, but 'content/how-to/a.md' writes a file there");
    }

    [Fact]
    public void A_framework_id_of_two_dots_is_an_unusable_name()
    {
        using var site = Site()
            .File("hotpass-docs.yml", "frameworks: fw\n")
            .File("fw/d.yaml", "id: \"..\"\ntitle: Dots\nrequirements:\n  - { id: R1, title: One }\n")
            .Page("governance/g.md", "G", extra: "controls:\n  - { id: CTL-A, title: A, cadence: monthly, satisfies: [\"..:R1\"] }\n");
        AssertCheckAndBuildAgree(site, "error HPD117: Output 'governance/frameworks/../R1.html' cannot be written as a file: a path segment is '..'");
    }

    [Fact]
    public void An_id_whose_file_name_is_over_255_bytes_is_an_unusable_name()
    {
        var id = "RSK-" + new string('é', 130);
        using var site = Site().Page("governance/r.md", "R", extra: $"risks:\n  - {{ id: {id}, title: Long, severity: 1, occurrence: 1, detection: 1 }}\n");
        AssertCheckAndBuildAgree(site, "content/governance/r.md(4,5): error HPD117: Output 'governance/risks/");
    }

    private static void AssertCheckAndBuildAgree(TempSite site, string expected)
    {
        var check = site.Build(write: false);
        var build = site.Build();
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, build.ExitCode);
        Assert.Equal(TempSite.Lines(check.Diagnostics), TempSite.Lines(build.Diagnostics));
        Assert.Contains(expected, TempSite.Lines(build.Diagnostics), StringComparison.Ordinal);
        Assert.DoesNotContain("HPD006", TempSite.Lines(build.Diagnostics), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutDir));
    }
}
