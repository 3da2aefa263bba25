namespace Hotpass.Docs.Diagnostics;

/// <summary>HPD350–HPD379: what an auditor trusts beyond freshness: waivers (HPD350–HPD359), required kinds of evidence
/// (HPD360–HPD369) and review of changed declarations (HPD370–HPD379).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor WaiverUnknownControl = new(
        "HPD350", Severity.Error, "Waiver names an unknown control", "Waiver names control '{0}', which is not declared anywhere{1}",
        Help: "Correct the control id, or remove the waiver: a waiver of nothing would hide nothing, and is probably a typo for a real control.");
    public static readonly DiagnosticDescriptor WaiverUnknownCondition = new(
        "HPD351", Severity.Error, "Waiver names an unknown expect condition", "Waiver of '{0}' names expect condition '{1}', which the control does not have{2}",
        Help: "Name one of the control's expect keys as the control writes it (tests_failed, coverage_line_min, …), or leave expect out to waive the whole control.");
    public static readonly DiagnosticDescriptor WaiverWithoutExpiry = new(
        "HPD352", Severity.Error, "Waiver without an expiry", "{0} has no 'expires': every waiver must end",
        Help: "Give the waiver an expires day or timestamp no later than approved_on plus governance.max_waiver; renew it with a new approval when it runs out.");
    public static readonly DiagnosticDescriptor WaiverTooLong = new(
        "HPD353", Severity.Error, "Waiver longer than allowed", "{0} runs from {1} to {2}, longer than governance.max_waiver {3} allows (until {4} at most)",
        Help: "Shorten the waiver, or have it approved again nearer the time; governance.max_waiver in hotpass-docs.yml sets the longest a waiver may run.");
    public static readonly DiagnosticDescriptor ControlWaived = new(
        "HPD354", Severity.Warning, "Control waived", "Control '{0}' is waived until {1}: {2}",
        Help: "A waiver is in force: fix what it covers before it expires, when the control is judged as if unwaived.");
    public static readonly DiagnosticDescriptor WaiverExpired = new(
        "HPD355", Severity.Warning, "Waiver expired", "Waiver of '{0}' expired at {1}; the control is judged as if unwaived",
        Help: "Remove the expired waiver, or have a new one approved (with a new approved_on) if the exception must go on.");

    public static readonly DiagnosticDescriptor EvidenceKindUnknown = new(
        "HPD360", Severity.Error, "Unknown kind of evidence", "{0} requires '{1}', which is not a kind of evidence{2}; the kinds are {3}",
        Help: "Name kinds the evidence readers recognise: sbom, tests, static-analysis, coverage, ci-run, provenance, other.");
    public static readonly DiagnosticDescriptor RequiredKindMissing = new(
        "HPD361", Severity.Error, "Required kind of evidence missing", "Control '{0}' requires {1} evidence, and none of its fresh evidence is {1}",
        Help: "Add fresh evidence of that kind to the control's evidence patterns (a JUnit or TRX report for tests, a SARIF log for static-analysis, …), or waive the control while it is produced.");

    public static readonly DiagnosticDescriptor ControlSuspect = new(
        "HPD370", Severity.Warning, "Control suspect", "Control '{0}' is suspect: {1}; review it, then run hotpass-docs review accept {0}",
        Help: "Check that the changed declaration still says what was agreed and that its evidence still proves it, then accept it with hotpass-docs review accept ID and commit governance.lock.json.");
    public static readonly DiagnosticDescriptor RiskSuspect = new(
        "HPD371", Severity.Warning, "Risk suspect", "Risk '{0}' is suspect: {1}; review it, then run hotpass-docs review accept {0}",
        Help: "Check the new scores with the risk's owner, then accept them with hotpass-docs review accept ID and commit governance.lock.json.");
    public static readonly DiagnosticDescriptor ReviewLockInvalid = new(
        "HPD372", Severity.Error, "Review lock file invalid", "governance.lock.json cannot be read: {0}", ExitClass.Configuration,
        Help: "Restore the file from version control, or delete it and run hotpass-docs review accept to record the declarations as they stand.");
}
