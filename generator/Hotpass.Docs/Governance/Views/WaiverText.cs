using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Views;

/// <summary>How the site names a waiver's state at the as-of instant.</summary>
internal static class WaiverText
{
    public static string State(WaiverState state) => state switch
    {
        WaiverState.InForce => "in force",
        WaiverState.Expired => "expired",
        _ => "not yet in force",
    };

    public static string StateClass(WaiverState state) => state switch
    {
        WaiverState.InForce => "waived",
        WaiverState.Expired => "stale",
        _ => "unknown",
    };
}
