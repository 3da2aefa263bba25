using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance;

/// <summary>Governance end to end: the shipped Hotpass register through the pipeline and the matrix command, and bad
/// declarations reported by a build that goes on.</summary>
public sealed class GovernancePipelineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void The_shipped_register_reads_both_paths_into_one_model()
    {
        var bag = new DiagnosticBag();
        var model = GovernanceStage.Load(RepoPaths.Root, bag);
        Assert.Equal("", TempSite.Lines(bag.ToSortedList()));
        Assert.Equal(10, model.Risks.Count);
        Assert.Equal(9, model.Controls.Count);
        // From the FMEA table (a row) and from front matter (a mapping), on the same page.
        Assert.Equal(324, model.FindRisk("RSK-SECRETS-STALL")!.Rpn);
        Assert.Equal(144, model.FindRisk("RSK-TEMPLATE-HOOK-SKIP")!.Rpn);
        Assert.Equal(["CTL-DASHBOARD-ASVS", "CTL-DASHBOARD-AUTH"], model.ControlsFor(model.FindRisk("RSK-DASHBOARD-AUTH")!).Select(c => c.Id));
        Assert.Equal("per-pr", model.FindControl("CTL-FITNESS-FUNCTIONS")!.Cadence!.Name);
        Assert.Equal("release", model.FindControl("CTL-DASHBOARD-ASVS")!.Cadence!.Name);
        Assert.Contains("content/how-to/rotate-dashboard-shared-secret.md", model.PagesDocumenting(model.FindControl("CTL-DASHBOARD-AUTH")!));
    }

    [Fact]
    public void A_build_reports_every_governance_problem_and_goes_on()
    {
        using var site = new TempSite();
        site.Page("index.md", "Home")
            .Page("governance/a.md", "A", extra: "risks:\n  - { id: RSK-A, title: A, severity: 9, occurrence: 6, detection: 6, rpn: 300 }\n")
            .Page("governance/b.md", "B", extra: "controls:\n  - { id: RSK-A, title: Clash, mitigates: [RSK-NONE] }\n")
            .Page("how-to/c.md", "C", body: "[broken](nowhere.md)\n", extra: "type: guide\n");
        var result = site.Build();
        Assert.Equal("""
            content/governance/a.md(4,5): error HPD300: Risk id 'RSK-A' is also declared at content/governance/b.md(4,5)
            content/governance/a.md(4,5): error HPD330: Risk 'RSK-A' has RPN 324, at or above the threshold 200, and no control mitigates it
            content/governance/a.md(4,75): error HPD302: Risk 'RSK-A' gives rpn 300, but severity × occurrence × detection is 9 × 6 × 6 = 324
            content/governance/b.md(4,5): error HPD300: Control id 'RSK-A' is also declared at content/governance/a.md(4,5)
            content/how-to/c.md(3,7): error HPD105: Unknown type 'guide': expected tutorial, how-to, reference or explanation
            content/how-to/c.md(5,1): error HPD200: Link 'nowhere.md' points to 'how-to/nowhere.html', which is not part of the site
            """, TempSite.Lines(result.Diagnostics));
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Theory]
    [InlineData("json", "{\n  \"version\": 1,")]
    [InlineData("csv", "\uFEFF\"Framework\",\"Requirement\"")]
    [InlineData("md", "# Traceability matrix\n")]
    public void The_matrix_command_prints_the_shipped_matrix_without_writing_a_site(string format, string start)
    {
        var (exit, output, error) = Run("matrix", "--root", RepoPaths.Root, "--format", format);
        Assert.Equal((0, ""), (exit, error));
        Assert.StartsWith(start, output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_command_exits_one_on_governance_errors_and_two_on_a_bad_catalogue()
    {
        using var site = new TempSite();
        site.Page("index.md", "Home", extra: "controls:\n  - { id: CTL-A, title: A, satisfies: [\"NOPE:1\"] }\n");
        var (exit, _, error) = Run("matrix", "--root", site.Root, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("error HPD305", error, StringComparison.Ordinal);
        site.File("hotpass-docs.yml", "frameworks: fw\n").File("fw/x.yaml", "- not a catalogue\n");
        Assert.Equal(2, Run("matrix", "--root", site.Root).Exit);
    }

    [Fact]
    public void The_matrix_command_help_matches_its_golden_file()
    {
        var (exit, output, _) = Run("matrix", "--help");
        Assert.Equal(0, exit);
        Golden.Verify("cli/matrix.help.txt", output);
    }

    [Fact]
    public void Matrix_json_of_the_shipped_site_judges_every_control()
    {
        var (exit, output, _) = Run("matrix", "--root", RepoPaths.Root, "--format", "json");
        Assert.Equal(0, exit);
        // Rows of requirements no control answers have no status; every control's row is judged.
        Assert.Contains("\"status\": \"fresh\"", output, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"due\"", output, StringComparison.Ordinal);
    }
}
