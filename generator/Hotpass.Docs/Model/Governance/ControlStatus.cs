namespace Hotpass.Docs.Model.Governance;

/// <summary>A control's status as the contract defines it; the evidence stage computes it once, and every page, export
/// and badge reads it.</summary>
public enum ControlStatus
{
    Fresh,
    Due,
    Stale,
    Missing,
    Failing,
    /// <summary>Stale, missing or failing, but covered by a waiver in force at the as-of instant.</summary>
    Waived,
    /// <summary>Its declaration (or a risk it mitigates) changed since it was last accepted in review, and its evidence
    /// alone would show it fresh, due or waived; a control that is also stale, missing or failing shows that instead.</summary>
    Suspect,
}
