using Hotpass.Docs.Diff;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Diff;

/// <summary><c>diff</c> on real builds: pages added, removed and changed, control status from matrix.json,
/// diagnostics new since the baseline, and the refusals with exit 2.</summary>
public sealed class BuildDiffTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static TempSite Baseline() => new TempSite()
        .Page("index.md", "Home")
        .Page("how-to/guide.md", "Guide", "Old words.\n")
        .Page("how-to/old.md", "Old")
        .File("content/how-to/x.md", "---\ntitle: X\nlast_reviewed: 2025-01-01\nreview_every: P30D\n---\nText.\n");

    private static TempSite Current() => new TempSite()
        .Page("index.md", "Home")
        .Page("how-to/guide.md", "Guide", "New words.\n")
        .Page("how-to/new page.md", "New")
        .File("content/how-to/x.md", "---\ntitle: X\nlast_reviewed: 2025-01-01\nreview_every: P30D\n---\nText.\n")
        .File("content/how-to/y.md", "---\ntitle: Y\nlast_reviewed: 2025-01-01\nreview_every: P30D\n---\nText.\n");

    [Fact]
    public void Two_builds_differing_in_pages_and_diagnostics()
    {
        using var baseline = Baseline();
        using var current = Current();
        Assert.Equal(0, baseline.Build().ExitCode);
        Assert.Equal(0, current.Build().ExitCode);

        var diff = BuildComparer.Compare(Read(baseline.OutDir), Read(current.OutDir));

        Assert.Equal(["how-to/new page.html", "how-to/y.html"], diff.PagesAdded);
        Assert.Equal(["how-to/old.html"], diff.PagesRemoved);
        // The guide changed; every page changed too, as the navigation lists the new pages.
        Assert.Contains("how-to/guide.html", diff.PagesChanged);
        // Neither site declares a control, so neither build has a matrix.json.
        Assert.False(diff.ControlsCompared);
        Assert.Empty(diff.ControlChanges);
        var added = Assert.Single(diff.NewDiagnostics);
        Assert.Equal(("HPD108", "content/how-to/y.md"), (added.Code, added.Path));
        Assert.Equal(0, diff.ResolvedDiagnostics);
    }

    /// <summary>One governance site built on two days: CTL-VAULT's monthly evidence is fresh on the first and due on
    /// the second. Both matrix.json files are the ones the build wrote, never a hand-made shape.</summary>
    [Fact]
    public void A_control_whose_status_changed_between_two_real_builds_is_reported()
    {
        using var baseline = GovernanceSite.Create();
        using var current = GovernanceSite.Create();
        Assert.Equal(0, baseline.Build(asOf: "2025-11-23T00:00:00Z").ExitCode);
        Assert.Equal(0, current.Build(asOf: "2025-12-16T00:00:00Z").ExitCode);

        var diff = BuildComparer.Compare(Read(baseline.OutDir), Read(current.OutDir));

        Assert.True(diff.ControlsCompared);
        Assert.Equal([new ControlStatusChange("CTL-VAULT", "fresh", "due")], diff.ControlChanges);

        var (exit, output, error) = Run("diff", "--baseline", baseline.OutDir, "--out", current.OutDir, "--preview-url", "https://example.github.io/pr-9/");
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("| CTL-VAULT | fresh | due |\n", output, StringComparison.Ordinal);
    }

    /// <summary>A control judged again after its waiver expired reads waived → stale; a control whose evidence was
    /// renewed but whose declaration was edited since review reads stale → suspect.</summary>
    [Fact]
    public void Waived_and_suspect_statuses_are_compared_like_the_others()
    {
        const string Controls = "controls:\n  - { id: CTL-A, title: A, cadence: monthly, evidence: [\"audit/a*\"] }\n  - { id: CTL-B, title: B, cadence: monthly, evidence: [\"audit/b*\"] }\n";
        const string Waiver = "waivers:\n  - { control: CTL-A, reason: Moving, owner: Data, approver: CISO, approved_on: 2025-11-01, expires: 2025-12-01 }\n";
        TempSite Site(string controls, string evidenceDay) => new TempSite()
            .File("hotpass-docs.yml", "title: T\ndiagnostics: { HPD450: warning }\n")
            .Page("index.md", "Home", extra: controls + Waiver)
            .File("evidence/audit/a.csv", "a\n").File("evidence/audit/a.csv.evidence.yaml", $"title: A\ncollected_at: {evidenceDay}T00:00:00Z\n")
            .File("evidence/audit/b.csv", "b\n").File("evidence/audit/b.csv.evidence.yaml", "title: B\ncollected_at: 2025-09-01T00:00:00Z\n");
        using var baseline = Site(Controls, "2025-09-01");
        using var current = Site(Controls, "2025-09-01");
        Assert.Equal(0, CliRunner.Run("review", "accept", "--root", current.Root).Exit);
        current.Page("index.md", "Home", extra: Controls.Replace("title: B,", "title: B2,", StringComparison.Ordinal) + Waiver)
            .File("evidence/audit/b.csv.evidence.yaml", "title: B\ncollected_at: 2025-12-01T00:00:00Z\n");
        Assert.Equal(0, baseline.Build(asOf: "2025-11-30T00:00:00Z").ExitCode);
        Assert.Equal(0, current.Build(asOf: "2025-12-02T00:00:00Z").ExitCode);

        var diff = BuildComparer.Compare(Read(baseline.OutDir), Read(current.OutDir));

        Assert.Equal([new ControlStatusChange("CTL-A", "waived", "stale"), new ControlStatusChange("CTL-B", "stale", "suspect")], diff.ControlChanges);
    }

    [Fact]
    public void The_command_prints_markdown_with_links_to_the_preview_and_writes_the_job_summary()
    {
        using var baseline = Baseline();
        using var current = Current();
        baseline.Build();
        current.Build();

        var (exit, output, error) = Run("diff", "--baseline", baseline.OutDir, "--out", current.OutDir, "--preview-url", "https://example.github.io/pr-9/");

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("### Pages added\n\n- [how-to/new page.html](https://example.github.io/pr-9/how-to/new%20page.html)\n- [how-to/y.html](https://example.github.io/pr-9/how-to/y.html)\n\n", output, StringComparison.Ordinal);
        Assert.Contains("### Pages removed\n\n- how-to/old.html\n\n", output, StringComparison.Ordinal);
        Assert.Contains("Control status not compared: a build has no matrix.json.", output, StringComparison.Ordinal);
        Assert.Contains("### New diagnostics\n\n- content/how-to/y.md\\(3,16\\): warning HPD108: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_the_same_changes()
    {
        using var baseline = Baseline();
        using var current = Current();
        baseline.Build();
        current.Build();
        var (exit, output, _) = Run("diff", "--baseline", baseline.OutDir, "--out", current.OutDir, "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(["how-to/old.html"], json.RootElement.GetProperty("pages").GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        Assert.False(json.RootElement.GetProperty("controlsCompared").GetBoolean());
        Assert.Equal("HPD108", json.RootElement.GetProperty("newDiagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_build_compared_with_itself_has_no_changes()
    {
        using var site = Baseline();
        site.Build();
        var (exit, output, _) = Run("diff", "--baseline", site.OutDir, "--root", site.Root);
        Assert.Equal(0, exit);
        Assert.Equal("## Docs changes against the baseline\n\nNo pages, controls or diagnostics changed.\n", output);
    }

    [Fact]
    public void A_folder_that_is_not_a_build_exits_two()
    {
        using var site = Baseline();
        site.Build();
        var notBuild = Path.Combine(site.Root, "content");
        var (exit, _, error) = Run("diff", "--baseline", notBuild, "--out", site.OutDir);
        Assert.Equal(2, exit);
        Assert.Equal($"hotpass-docs diff: '{notBuild}' is not a hotpass-docs build: it has no manifest.json\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"version\": 0, \"files\": [] }", "was built by an older hotpass-docs (manifest version 0; this one reads version 1)")]
    [InlineData("{ \"version\": 99, \"files\": [] }", "was built by a newer hotpass-docs (manifest version 99; this one reads version 1)")]
    [InlineData("{ \"files\": [] }", "is not a hotpass-docs build: its manifest.json has no version and files")]
    [InlineData("{ \"version\": 1, \"generator\": \"other\", \"files\": [] }", "is not a hotpass-docs build: its manifest was written by 'other'")]
    [InlineData("not json", "is not a readable hotpass-docs build")]
    public void A_manifest_of_another_version_or_tool_exits_two(string manifest, string expected)
    {
        using var site = Baseline();
        site.Build();
        site.File("old/manifest.json", manifest);
        var (exit, _, error) = Run("diff", "--baseline", Path.Combine(site.Root, "old"), "--out", site.OutDir);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    /// <summary>A baseline the build never wrote that way: a field null, a number for a string, a FIFO where the
    /// manifest should be. Each is refused with exit 2 and one line, never a crash or a wait.</summary>
    [Theory]
    [InlineData("manifest.json", "{ \"version\": 1, \"generator\": \"hotpass-docs\", \"files\": [ { \"path\": null, \"kind\": \"page\", \"sha256\": \"00\" } ] }")]
    [InlineData("manifest.json", "{ \"version\": 1, \"generator\": \"hotpass-docs\", \"files\": [ { \"path\": 7, \"kind\": \"page\", \"sha256\": \"00\" } ] }")]
    [InlineData("diagnostics.json", "{ \"diagnostics\": [ { \"code\": \"HPD108\", \"severity\": \"warning\", \"path\": \"a.md\", \"line\": 1, \"column\": 1, \"message\": null } ] }")]
    [InlineData("matrix.json", "{ \"version\": 1, \"rows\": [ { \"control\": { \"id\": 1 } } ] }")]
    public void A_baseline_with_a_field_the_build_never_writes_that_way_exits_two(string file, string text)
    {
        using var site = Baseline();
        site.Build();
        var copy = Path.Combine(site.Root, "copy");
        foreach (var path in Directory.EnumerateFiles(site.OutDir, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(site.OutDir, path));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(path, to);
        }
        File.WriteAllText(Path.Combine(copy, file), text);
        var (exit, _, error) = Run("diff", "--baseline", copy, "--out", site.OutDir);
        // A matrix row whose control is not an id is a row without a control: skipped, as a requirement no control answers.
        Assert.Equal(file == "matrix.json" ? 0 : 2, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_manifest_that_is_a_fifo_is_refused_without_waiting()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using var site = Baseline();
        site.Build();
        var fake = Path.Combine(site.Root, "fake");
        Directory.CreateDirectory(fake);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(fake, "manifest.json"))) mkfifo.WaitForExit();
        var (exit, _, error) = Run("diff", "--baseline", fake, "--out", site.OutDir);
        Assert.Equal(2, exit);
        Assert.Contains("is not a hotpass-docs build's file: it is", error, StringComparison.Ordinal);
    }

    private static BuildSnapshot Read(string folder) =>
        BuildFolderReader.Read(folder, out var problem) ?? throw new InvalidOperationException(problem);
}
