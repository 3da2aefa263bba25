using Hotpass.Docs.Governance.Pages;
using Hotpass.Docs.Model;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Model.Governance;

/// <summary>The model gets a page per risk, control and matrix requirement, plus the register and matrix, at the
/// configured folder; ids become safe file names; a markdown page cannot take a generated page's path silently.</summary>
public sealed class GovernancePagesTests
{
    private static string Paths(IEnumerable<Page> pages, params Type[] kinds) =>
        string.Join("\n", pages.Where(p => kinds.Contains(p.Content.GetType())).Select(p => p.OutputPath + " " + p.Layout));

    [Fact]
    public void Every_risk_control_and_matrix_requirement_gets_its_page_and_layout()
    {
        using var site = GovernanceSite.Create();
        var (result, output) = site.BuildInMemory();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        var written = string.Join("\n", output.Files.Keys.Where(k => k.StartsWith("governance/", StringComparison.Ordinal)));
        Assert.Equal("""
            governance/controls/CTL-REVIEW.html
            governance/controls/CTL-VAULT.html
            governance/frameworks/DEMO/R1.html
            governance/frameworks/DEMO/R2.html
            governance/frameworks/DEMO/R3.html
            governance/frameworks/SLSA/BUILD-L0.html
            governance/frameworks/SLSA/BUILD-L1.html
            governance/frameworks/SLSA/BUILD-L2.html
            governance/frameworks/SLSA/BUILD-L3.html
            governance/index.html
            governance/matrix.html
            governance/register-source.html
            governance/register.html
            governance/risks/RSK-LEAK.html
            governance/risks/RSK-SLOW.html
            """, written);
    }

    [Fact]
    public void The_governance_section_lists_the_register_and_the_matrix_but_not_each_risk()
    {
        using var site = GovernanceSite.Create();
        var model = SiteModelLoader.Load(site);
        var section = Assert.Single(model.Sections, s => s.Folder == "governance");
        Assert.Equal(["Register source", "Risk register by RPN", "Traceability matrix"], section.Pages.Select(p => p.Title));
        Assert.Equal("governance/risks/RSK-LEAK.html risk\ngovernance/risks/RSK-SLOW.html risk", Paths(model.Pages, typeof(RiskContent)));
    }

    [Fact]
    public void A_configured_folder_moves_every_governance_page()
    {
        using var site = GovernanceSite.Create();
        site.File("hotpass-docs.yml", "title: Small\nframeworks: frameworks\ngovernance:\n  pages: audit/trace\ndiagnostics: { HPD451: none, HPD459: none }\n");
        var model = SiteModelLoader.Load(site);
        Assert.Equal("audit/trace/matrix.html matrix\naudit/trace/register.html risk-register",
            Paths(model.Pages, typeof(RegisterContent), typeof(MatrixContent)));
        Assert.Contains(model.Sections, s => s.Folder == "audit");
    }

    [Fact]
    public void A_folder_that_climbs_out_is_a_configuration_error()
    {
        using var site = GovernanceSite.Create();
        site.File("hotpass-docs.yml", "title: Small\ngovernance:\n  pages: ../outside\n");
        var result = site.Build(write: false);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("governance.pages", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_with_slashes_quotes_and_a_scheme_becomes_one_encoded_file_name()
    {
        using var site = new TempSite();
        site.Page("index.md", "Home")
            .Page("governance/a.md", "A", extra: "risks:\n  - { id: \"javascript:alert(1)/../<x>\", title: Odd, severity: 1, occurrence: 1, detection: 1 }\n");
        var (result, output) = site.BuildInMemory();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Contains("governance/risks/javascript%3Aalert%281%29%2F..%2F%3Cx%3E.html", output.Files.Keys);
        var register = System.Text.Encoding.UTF8.GetString(output.Files["governance/register.html"]);
        // Encoded once more in the link, so the browser's one decoding lands on the file name above.
        Assert.Contains("href=\"../governance/risks/javascript%253Aalert%25281%2529%252F..%252F%253Cx%253E.html\"", register, StringComparison.Ordinal);
        Assert.DoesNotContain("<x>", register, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_page_at_a_generated_path_is_reported_at_both_sources()
    {
        using var site = GovernanceSite.Create();
        site.Page("governance/matrix.md", "My own matrix");
        var result = site.Build(write: false);
        var lines = TempSite.Lines(result.Diagnostics).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("content/governance/matrix.md: error HPD115: Output 'governance/matrix.html' is also produced by 'the traceability matrix'", lines[0]);
        // The generated matrix's side is the first declaration, which made the build generate it: the site's
        // hotpass-docs.yml does not mention governance, so blaming it told the author nothing.
        Assert.StartsWith("content/governance/register-source.md(", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("): error HPD115: Output 'governance/matrix.html' is also produced by 'content/governance/matrix.md'", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_clash_under_a_configured_pages_folder_is_reported_at_the_configuration()
    {
        using var site = GovernanceSite.Create();
        site.File("hotpass-docs.yml", File.ReadAllText(Path.Combine(site.Root, "hotpass-docs.yml")) + "governance:\n  pages: audit\n");
        site.Page("audit/matrix.md", "My own matrix");
        var result = site.Build(write: false);
        Assert.Contains("hotpass-docs.yml: error HPD115: Output 'audit/matrix.html' is also produced by 'content/audit/matrix.md'",
            TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_risks_or_controls_gets_no_governance_pages()
    {
        using var site = new TempSite();
        site.Page("index.md", "Home").Page("how-to/a.md", "A");
        Assert.DoesNotContain(SiteModelLoader.Load(site).Pages, p => p.Layout != Page.DefaultLayout);
    }
}
