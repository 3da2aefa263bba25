namespace Hotpass.Docs.Model.Governance;

/// <summary>The generated page of one risk.</summary>
public sealed record RiskContent(Risk Risk) : PageContent
{
    public override IReadOnlyList<string> SearchIds => [Risk.Id];
}
