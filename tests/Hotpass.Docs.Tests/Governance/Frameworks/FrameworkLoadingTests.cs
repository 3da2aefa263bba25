using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance.Frameworks;

/// <summary>The built-in catalogues are read only for a site that declares risks or controls; a site's own catalogue
/// folder is always read, so a missing one is reported even before anything uses it.</summary>
public sealed class FrameworkLoadingTests
{
    [Fact]
    public void A_site_without_governance_has_no_frameworks()
    {
        using var site = new TempSite().Page("index.md", "Home").Page("how-to/a.md", "A");
        var bag = new DiagnosticBag();
        var model = GovernanceStage.Load(site.Root, bag);
        Assert.Empty(bag.ToSortedList());
        Assert.Empty(model.Frameworks);
    }

    [Fact]
    public void A_site_with_one_risk_sees_the_built_in_frameworks()
    {
        using var site = new TempSite().Page("index.md", "Home").Page("how-to/a.md", "A", extra:
            "risks:\n  - { id: RSK-A, title: A risk, severity: 2, occurrence: 2, detection: 2, owner: Ops }\n");
        var model = GovernanceStage.Load(site.Root, new DiagnosticBag());
        Assert.Single(model.Risks);
        Assert.Contains(model.Frameworks, f => f.Id == "NIST-SSDF");
    }

    [Fact]
    public void A_missing_catalogue_folder_is_reported_on_a_site_without_governance()
    {
        using var site = new TempSite().Page("index.md", "Home").File("hotpass-docs.yml", "frameworks: catalogues\n");
        var bag = new DiagnosticBag();
        GovernanceStage.Load(site.Root, bag);
        Assert.Equal("HPD341", Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void An_unknown_governance_key_is_a_warning_with_a_suggestion_not_a_crash()
    {
        using var site = new TempSite().Page("index.md", "Home").File("hotpass-docs.yml", "governance:\n  rpn_treshold: 150\n");
        var bag = new DiagnosticBag();
        GovernanceStage.Load(site.Root, bag);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("HPD002", d.Code);
        Assert.Equal("Unknown configuration key 'governance.rpn_treshold'; did you mean 'rpn_threshold'?", d.Message);
        Assert.Equal(2, d.Location.Line);
    }
}
