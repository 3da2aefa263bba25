using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance.Frameworks;

/// <summary>The catalogues shipped in the tool, and a site's own catalogues that add to or replace them.</summary>
public sealed class FrameworkCatalogueTests
{
    [Theory]
    [InlineData("NIST-SSDF", 61, "PO.3", "Implement supporting toolchains")]
    [InlineData("SLSA", 4, "BUILD-L2", "Hosted build platform with signed provenance")]
    [InlineData("ASVS", 85, "2.1", "Password Security")]
    [InlineData("SOC2", 33, "CC7.2", "Monitors system components for anomalies indicative of malicious acts, disasters and errors")]
    [InlineData("ISO-27001", 97, "A.8.28", "Secure coding")]
    [InlineData("ISO-25010", 39, "Reliability", "Reliability")]
    [InlineData("ISO-5055", 4, "Maintainability", "Maintainability weaknesses")]
    [InlineData("POPIA", 26, "S11", "Consent, justification and objection")]
    [InlineData("SAMM", 15, "I-SB", "Implementation: Secure Build")]
    [InlineData("OpenSSF-Scorecard", 20, "Pinned-Dependencies", "Dependencies and actions are pinned by hash")]
    public void Ships_each_framework_with_its_requirements(string id, int count, string requirement, string title)
    {
        var framework = Assert.Single(FrameworkCatalogues.BuiltIn, f => f.Id == id);
        Assert.Equal(count, framework.Requirements.Count);
        Assert.Equal(title, framework.Find(requirement)!.Title);
    }

    [Fact]
    public void Iso_27001_annex_a_has_its_93_controls_in_four_themes()
    {
        var annex = FrameworkCatalogues.BuiltIn.Single(f => f.Id == "ISO-27001");
        string[] themes = ["A.5.", "A.6.", "A.7.", "A.8."];
        Assert.Equal([37, 8, 14, 34], themes.Select(t => annex.Requirements.Count(r => r.Id.StartsWith(t, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_site_catalogue_replaces_the_built_in_one_and_adds_new_frameworks()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "frameworks: frameworks\n")
            .File("frameworks/slsa.yaml", "id: SLSA\ntitle: SLSA (site copy)\nrequirements:\n  - { id: BUILD-L9, title: Imaginary }\n")
            .File("frameworks/cobit.yml", "id: COBIT\ntitle: COBIT 2019\nrequirements:\n  - { id: APO01, title: Managed I&T management framework }\n")
            .Page("index.md", "Home", extra: "controls:\n  - { id: CTL-A, title: A, satisfies: [\"SLSA:BUILD-L9\", \"COBIT:APO01\", \"SLSA:BUILD-L2\"] }\n");
        var result = site.Build(write: false);
        Assert.Equal("content/index.md(4,72): error HPD306: Control 'CTL-A' satisfies 'SLSA:BUILD-L2', but SLSA has no requirement 'BUILD-L2'; did you mean 'BUILD-L9'?",
            TempSite.Lines(result.Diagnostics.Where(d => !d.Descriptor.Code.StartsWith("HPD45", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("id: X\ntitle: X\nrequirements: [ { id: A } ]\n", "frameworks/bad.yaml(3,17): error HPD340: Framework catalogue is not valid: each requirement needs an 'id' and a 'title'")]
    [InlineData("id: X\ntitle: X\nrequirements:\n  - { id: A, title: A }\n  - { id: A, title: B }\n", "frameworks/bad.yaml(5,5): error HPD340: Framework catalogue is not valid: requirement 'A' is listed twice (first at frameworks/bad.yaml(4,5))")]
    [InlineData("title: X\nrequirements: []\n", "frameworks/bad.yaml(1,1): error HPD340: Framework catalogue is not valid: it has no 'id'")]
    [InlineData("id: X\ntitle: [unclosed\n", "frameworks/bad.yaml(3,1): error HPD340: Framework catalogue is not valid: Invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void A_malformed_site_catalogue_is_a_configuration_error(string catalogue, string expected)
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "frameworks: frameworks\n").File("frameworks/bad.yaml", catalogue).Page("index.md", "Home");
        var result = site.Build(write: false);
        Assert.Equal(expected, TempSite.Lines(result.Diagnostics));
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_missing_frameworks_folder_is_a_configuration_error()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "frameworks: nowhere\n").Page("index.md", "Home");
        var result = site.Build(write: false);
        Assert.Equal("hotpass-docs.yml: error HPD341: Frameworks folder 'nowhere' named in hotpass-docs.yml does not exist", TempSite.Lines(result.Diagnostics));
        Assert.Equal(2, result.ExitCode);
    }
}
