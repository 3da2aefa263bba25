namespace Hotpass.Docs.Model.Governance;

/// <summary>A control's evidence status as the contract defines it; the evidence stage computes it.</summary>
public enum ControlStatus
{
    Fresh,
    Due,
    Stale,
    Missing,
    Failing,
}
