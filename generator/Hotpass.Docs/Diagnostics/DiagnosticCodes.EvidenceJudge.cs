namespace Hotpass.Docs.Diagnostics;

// HPD450–HPD479: controls' evidence resolved, judged and gated.
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor EvidenceStale = new(
        "HPD450", Severity.Error, "Stale evidence", "Control '{0}' has stale evidence: {1}",
        Help: "Collect the evidence again (or fix the control's cadence); the newest matching item must be younger than the cadence.");
    public static readonly DiagnosticDescriptor EvidenceMissing = new(
        "HPD451", Severity.Error, "Missing evidence", "Control '{0}' has no usable evidence: {1}",
        Help: "Add the evidence file under evidence/, or fix the control's evidence: patterns.");
    public static readonly DiagnosticDescriptor EvidenceFailing = new(
        "HPD452", Severity.Error, "Failing evidence", "Control '{0}' evidence fails its expect: {1}",
        Help: "The evidence is present but shows the control not working: fix the cause and collect the evidence again.");
    public static readonly DiagnosticDescriptor EvidenceDue = new(
        "HPD453", Severity.Warning, "Evidence due", "Control '{0}' evidence is due: {1}",
        Help: "The evidence is in the last part of its cadence; collect it again before it goes stale.");
    public static readonly DiagnosticDescriptor EvidenceUnused = new(
        "HPD454", Severity.Warning, "Evidence no control uses", "Evidence '{0}' is cited by no control",
        Help: "Name the file in a control's evidence: list, or remove it from evidence/.");
    public static readonly DiagnosticDescriptor EvidencePatternNoMatch = new(
        "HPD455", Severity.Warning, "Evidence pattern matches nothing", "Control '{0}' evidence '{1}' matches no evidence file{2}",
        Help: "Patterns are ids or globs relative to evidence/ (* within a folder, ** across folders).");
    public static readonly DiagnosticDescriptor EvidencePatternOutside = new(
        "HPD456", Severity.Error, "Evidence pattern leaves evidence/", "Control '{0}' evidence '{1}' {2}",
        Locked: true,
        Help: "Write evidence patterns relative to evidence/, without a leading '/' and without '..'.");
    public static readonly DiagnosticDescriptor ExpectUnknownFact = new(
        "HPD457", Severity.Error, "Unknown fact in expect", "Control '{0}' expect names unknown fact '{1}'{2}",
        Help: "Use a fact name of reference/evidence-formats, optionally with _min or _max.");
    public static readonly DiagnosticDescriptor ExpectInvalid = new(
        "HPD458", Severity.Error, "Invalid expect condition", "Control '{0}' expect '{1}' {2}",
        Help: "A condition is 'fact: value' (equal), 'fact_min: number' or 'fact_max: number'.");
    public static readonly DiagnosticDescriptor EvidenceCommitUnknown = new(
        "HPD459", Severity.Warning, "Commit being built unknown", "Control '{0}' has a per-build cadence, but the commit being built is unknown{1}",
        Help: "Pass --commit SHA, build from a git checkout, or pin evidence.commit in hotpass-docs.yml.");
    public static readonly DiagnosticDescriptor EvidenceUndated = new(
        "HPD460", Severity.Warning, "Undated evidence ignored", "Control '{0}' evidence '{1}' has no collected_at and cannot be judged",
        Help: "Add collected_at in a NAME.evidence.yaml sidecar.");
    public static readonly DiagnosticDescriptor EvidenceAfterAsOf = new(
        "HPD461", Severity.Error, "Evidence dated after the as-of instant",
        "Evidence '{0}' was collected {1}, after the as-of instant {2}; it cannot count as fresh",
        Help: "Evidence from after the instant a site is judged at cannot show a control working then, so no control counts it, whatever this code's severity. Fix the time (the sidecar's collected_at, or the clock of the tool that wrote the report), or judge at a later instant (--as-of, or as_of in hotpass-docs.yml).");
}
