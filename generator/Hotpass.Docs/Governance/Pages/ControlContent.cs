using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The generated page of one control.</summary>
internal sealed record ControlContent(Control Control) : PageContent
{
    public override IReadOnlyList<string> SearchIds => [Control.Id, .. Control.Satisfies.Select(s => s.Key)];

    public override string Kind => "control";

    public override string? ListedUnder => GovernancePages.MatrixLayout;

    internal override string? EditSource => Control.Page;
}
