namespace Hotpass.Docs.Model.Governance;

/// <summary>The generated page of one control.</summary>
public sealed record ControlContent(Control Control) : PageContent
{
    public override IReadOnlyList<string> SearchIds => [Control.Id, .. Control.Satisfies.Select(s => s.Key)];
}
