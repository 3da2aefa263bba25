using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The generated page of one risk.</summary>
internal sealed record RiskContent(Risk Risk) : PageContent
{
    public override IReadOnlyList<string> SearchIds => [Risk.Id];

    public override string Kind => "risk";

    public override string? ListedUnder => GovernancePages.RegisterLayout;

    internal override string? EditSource => Risk.Page;
}
