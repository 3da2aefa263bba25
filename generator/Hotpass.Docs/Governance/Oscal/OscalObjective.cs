using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Oscal;

/// <summary>A control's status as an OSCAL objective status: <c>satisfied</c> only when its evidence is fresh or due
/// (due is a warning, the evidence still current), every other status <c>not-satisfied</c>. The reason is
/// <c>pass</c>, <c>fail</c> for the statuses the evidence gate fails (stale, missing, failing), and <c>other</c> for
/// any further status (a waiver, a declaration changed since it was reviewed), whose own word is in the finding's
/// <c>status</c> prop: a waived control is not a satisfied one, and an auditor reads why.</summary>
internal static class OscalObjective
{
    public static (string State, string Reason) Of(ControlStatus? status) => status switch
    {
        ControlStatus.Fresh or ControlStatus.Due => ("satisfied", "pass"),
        ControlStatus.Stale or ControlStatus.Missing or ControlStatus.Failing => ("not-satisfied", "fail"),
        _ => ("not-satisfied", "other"),
    };
}
