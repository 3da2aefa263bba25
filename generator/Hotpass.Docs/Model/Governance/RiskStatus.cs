namespace Hotpass.Docs.Model.Governance;

/// <summary>Where a risk stands: no mitigation under way, work in progress, consciously tolerated, or closed.</summary>
public enum RiskStatus
{
    Open,
    Mitigating,
    Accepted,
    Closed,
}
