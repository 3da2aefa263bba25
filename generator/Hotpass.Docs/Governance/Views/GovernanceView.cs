namespace Hotpass.Docs.Governance.Views;

/// <summary>What a page shows of the governance model: the one member its layout reads is set (a risk page's
/// <see cref="Risk"/>, …); a markdown page that declares or documents risks and controls gets <see cref="Backlinks"/>.</summary>
internal sealed record GovernanceView(
    RiskView? Risk = null,
    ControlView? Control = null,
    RequirementView? Requirement = null,
    RegisterView? Register = null,
    MatrixView? Matrix = null,
    WaiversView? Waivers = null,
    BacklinksView? Backlinks = null);
