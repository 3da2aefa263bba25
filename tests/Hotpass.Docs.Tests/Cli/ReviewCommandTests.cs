using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary><c>review accept</c> and <c>review status</c> end to end: an edited control is suspect (on its page, in the
/// matrix and its exports, a warning, an error under --strict) until it is accepted again; the lock file's bytes are
/// stable and sorted.</summary>
public sealed class ReviewCommandTests
{
    private const string Declarations =
        "risks:\n  - { id: RSK-B, title: B, severity: 5, occurrence: 4, detection: 3, mitigated_by: [CTL-B] }\n" +
        "controls:\n  - { id: CTL-B, title: Exports logged, owner: Sec, cadence: monthly, evidence: [\"audit/*\"] }\n" +
        "  - { id: CTL-A, title: Consent validated, owner: Data, cadence: monthly, evidence: [\"audit/*\"] }\n";

    private static TempSite Site()
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\n")
            .Page("index.md", "Home", extra: Declarations)
            .File("evidence/audit/export.csv", "a,b\n")
            .File("evidence/audit/export.csv.evidence.yaml", "title: Export\ncollected_at: 2025-11-20T00:00:00Z\n");
        return site;
    }

    private static string StatusIn(TempSite site, string control)
    {
        using var json = JsonDocument.Parse(site.Read("matrix.json"));
        return json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("control").GetString() == control).GetProperty("status").GetString()!;
    }

    [Fact]
    public void An_edited_control_is_suspect_until_it_is_accepted_again()
    {
        using var site = Site();
        var untracked = site.Build();
        Assert.Equal("", TempSite.Lines(untracked.Diagnostics));
        Assert.Contains(untracked.Notes, n => n.StartsWith("review is not tracked: no governance.lock.json", StringComparison.Ordinal));

        var accept = CliRunner.Run("review", "accept", "--root", site.Root);
        Assert.Equal((0, ""), (accept.Exit, accept.Err));
        Assert.Equal("hotpass-docs review: accepted 3 declarations; wrote governance.lock.json (2 controls, 1 risks); commit it\n", accept.Out);
        var lockText = File.ReadAllText(Path.Combine(site.Root, "governance.lock.json"));
        Assert.Matches("^\\{\n  \"version\": 1,\n  \"controls\": \\{\n    \"CTL-A\": \"sha256:[0-9a-f]{64}\",\n    \"CTL-B\": \"sha256:[0-9a-f]{64}\"\n  \\},\n  \"risks\": \\{\n    \"RSK-B\": \"sha256:[0-9a-f]{64}\"\n  \\}\n\\}\n$", lockText);
        Assert.Equal("", TempSite.Lines(site.Build().Diagnostics));

        site.Page("index.md", "Home", extra: Declarations.Replace("title: Consent validated,", "title: Consent validated at intake,", StringComparison.Ordinal));
        var edited = site.Build();

        Assert.Equal(0, edited.ExitCode);
        Assert.Equal("content/index.md(7,5): warning HPD370: Control 'CTL-A' is suspect: its declaration changed since it was last accepted in review; review it, then run hotpass-docs review accept CTL-A",
            TempSite.Lines(edited.Diagnostics));
        Assert.Equal("suspect", StatusIn(site, "CTL-A"));
        Assert.Equal("fresh", StatusIn(site, "CTL-B"));
        var page = site.Read("governance/controls/CTL-A.html");
        Assert.Contains("<p class=\"status status-suspect\">Suspect: its declaration changed since it was last accepted in review</p>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status-badge status-suspect\">suspect link</span>", page, StringComparison.Ordinal);
        Assert.Equal(1, site.Build(strict: true).ExitCode);
        Assert.Equal((0, "suspect CTL-A: its declaration changed since it was last accepted in review\nhotpass-docs review: 1 suspect; accept with hotpass-docs review accept ID…\n"),
            Trim(CliRunner.Run("review", "status", "--root", site.Root)));

        Assert.Equal(0, CliRunner.Run("review", "accept", "CTL-A", "--root", site.Root).Exit);
        Assert.Equal("", TempSite.Lines(site.Build().Diagnostics));
        Assert.Equal("fresh", StatusIn(site, "CTL-A"));
    }

    /// <summary>A risk's changed scores make it suspect, and the controls that mitigate it, until the risk is accepted.</summary>
    [Fact]
    public void Changed_risk_scores_make_the_risk_and_its_controls_suspect()
    {
        using var site = Site();
        Assert.Equal(0, CliRunner.Run("review", "accept", "--root", site.Root).Exit);
        site.Page("index.md", "Home", extra: Declarations.Replace("occurrence: 4", "occurrence: 2", StringComparison.Ordinal));

        var result = site.Build(write: false);

        Assert.Equal(
            "content/index.md(4,5): warning HPD371: Risk 'RSK-B' is suspect: its declaration changed since it was last accepted in review (its scores); review it, then run hotpass-docs review accept RSK-B\n" +
            "content/index.md(6,5): warning HPD370: Control 'CTL-B' is suspect: risk RSK-B, which it mitigates, its declaration changed since it was last accepted in review (its scores); review it, then run hotpass-docs review accept CTL-B",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(0, CliRunner.Run("review", "accept", "RSK-B", "--root", site.Root).Exit);
        Assert.Equal("", TempSite.Lines(site.Build(write: false).Diagnostics));
    }

    [Fact]
    public void Accepting_an_undeclared_id_is_a_usage_error_and_writes_nothing()
    {
        using var site = Site();
        var result = CliRunner.Run("review", "accept", "CTL-Z", "--root", site.Root);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("hotpass-docs: review accept: no control or risk is declared with id 'CTL-Z'", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "governance.lock.json")));
    }

    /// <summary>Moving a declaration, or reordering its evidence patterns, is not a change a reviewer must accept.</summary>
    [Fact]
    public void The_lock_is_the_same_bytes_for_the_same_declarations_wherever_they_are_written()
    {
        using var site = Site();
        CliRunner.Run("review", "accept", "--root", site.Root);
        var first = File.ReadAllBytes(Path.Combine(site.Root, "governance.lock.json"));
        site.Page("index.md", "Home", extra: "# a comment that moves every line\n" + Declarations);
        CliRunner.Run("review", "accept", "--root", site.Root);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(site.Root, "governance.lock.json")));
    }

    [Fact]
    public void A_broken_lock_file_is_a_configuration_error()
    {
        using var site = Site();
        site.File("governance.lock.json", "{ \"version\": 1, \"controls\": [] }");
        var result = site.Build(write: false);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("governance.lock.json: error HPD372: governance.lock.json cannot be read: \"controls\" and \"risks\" must be objects of id to fingerprint text",
            TempSite.Lines(result.Diagnostics));
    }

    private static (int, string) Trim((int Exit, string Out, string Err) r) => (r.Exit, r.Out);
}
