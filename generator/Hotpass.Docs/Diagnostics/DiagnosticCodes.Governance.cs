namespace Hotpass.Docs.Diagnostics;

/// <summary>HPD300–HPD349: risks, controls, governance tables and framework catalogues.</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor GovernanceDuplicateId = new(
        "HPD300", Severity.Error, "Duplicate risk or control id", "{0} id '{1}' is also declared at {2}",
        Help: "Ids are unique across the whole site: rename one of the two, or delete the copy.");
    public static readonly DiagnosticDescriptor RiskScoreInvalid = new(
        "HPD301", Severity.Error, "Risk score out of range", "Risk '{0}' {1} must be a whole number from 1 to 10, not '{2}'",
        Help: "Score severity, occurrence and detection on the 1–10 FMEA scales.");
    public static readonly DiagnosticDescriptor RiskRpnMismatch = new(
        "HPD302", Severity.Error, "RPN does not hold", "Risk '{0}' gives rpn {1}, but severity × occurrence × detection is {2} × {3} × {4} = {5}",
        Help: "Correct the scores or the rpn, or leave rpn out and let the build compute it.");
    public static readonly DiagnosticDescriptor RiskStatusUnknown = new(
        "HPD303", Severity.Error, "Unknown risk status", "Risk '{0}' status '{1}' is not one of open, mitigating, accepted, closed",
        Help: "Use open, mitigating, accepted or closed.");
    public static readonly DiagnosticDescriptor GovernanceUnknownReference = new(
        "HPD304", Severity.Error, "Unknown risk or control", "{0} names {1} '{2}', which is not declared anywhere{3}",
        Help: "Declare the risk or control (in front matter or a governance table), or correct the id.");
    public static readonly DiagnosticDescriptor FrameworkUnknown = new(
        "HPD305", Severity.Error, "Unknown framework", "Control '{0}' satisfies '{1}', but no catalogue is named '{2}'{3}",
        Help: "Use a framework id from a shipped catalogue, or add a catalogue to the site's frameworks folder.");
    public static readonly DiagnosticDescriptor RequirementUnknown = new(
        "HPD306", Severity.Error, "Unknown framework requirement", "Control '{0}' satisfies '{1}', but {2} has no requirement '{3}'{4}",
        Help: "Use a requirement id from the framework's catalogue.");
    public static readonly DiagnosticDescriptor SatisfiesMalformed = new(
        "HPD307", Severity.Error, "Malformed framework reference", "Control '{0}' satisfies '{1}': write it as FRAMEWORK:REQUIREMENT, such as NIST-SSDF:PO.3, or as a known framework's name and a requirement id",
        Help: "Name the framework and the requirement, separated by a colon.");
    public static readonly DiagnosticDescriptor GovernanceFieldMissing = new(
        "HPD308", Severity.Error, "Required field missing", "{0} has no '{1}'",
        Help: "Risks need id, title, severity, occurrence and detection; controls need id and title.");
    public static readonly DiagnosticDescriptor GovernanceFieldInvalid = new(
        "HPD309", Severity.Error, "Invalid risk or control field", "{0} field '{1}' {2}",
        Help: "Give the field the shape the contract shows: a single value, or a list of ids.");
    public static readonly DiagnosticDescriptor CadenceUnknown = new(
        "HPD310", Severity.Error, "Unknown cadence", "Cadence '{0}' is not understood: use per-build, daily, weekly, sprint, monthly, quarterly, yearly, release, per-pr or an ISO 8601 duration such as P30D",
        Help: "Write one of the cadence words, or an ISO 8601 duration.");
    public static readonly DiagnosticDescriptor GovernanceUnknownKey = new(
        "HPD311", Severity.Error, "Unknown risk or control key", "Unknown key '{0}' in {1}{2}",
        Help: "Correct the spelling (the message names the nearest known field): a misspelt field, such as 'cadense', would otherwise be dropped and its control judged without it.");
    public static readonly DiagnosticDescriptor ControlWithoutCadence = new(
        "HPD313", Severity.Error, "Control without cadence", "Control '{0}' cites evidence but has no cadence, so nothing says when its evidence is too old",
        Help: "Give the control a cadence (monthly, per-build, P30D, …), or set governance.default_cadence in hotpass-docs.yml for every control that names none.");
    public static readonly DiagnosticDescriptor GovernanceNotMapping = new(
        "HPD312", Severity.Error, "Risk or control is not a mapping", "Each item of '{0}' must be a mapping of fields",
        Help: "Write each risk or control as a mapping (id:, title:, …).");

    public static readonly DiagnosticDescriptor GovernanceTableInvalid = new(
        "HPD320", Severity.Error, "Invalid governance table mapping", "governance_tables: {0}",
        Help: "Give heading, holds (risks or controls), columns and either id_column or id_pattern.");
    public static readonly DiagnosticDescriptor GovernanceTableNotFound = new(
        "HPD321", Severity.Error, "Governance table not found", "No table sits under a heading '{0}' on this page",
        Help: "Match the heading text exactly, or move the table under that heading.");
    public static readonly DiagnosticDescriptor GovernanceTableColumnMissing = new(
        "HPD322", Severity.Error, "Mapped column missing", "The table under '{0}' has no column '{1}' (its columns: {2})",
        Help: "Match the column header exactly, or change the mapping.");
    public static readonly DiagnosticDescriptor GovernanceTableRaggedRow = new(
        "HPD323", Severity.Error, "Ragged table row", "Row has {0} cells, but the header has {1}",
        Help: "Give every row one cell per column.");
    public static readonly DiagnosticDescriptor GovernanceTableEmptyCell = new(
        "HPD324", Severity.Error, "Empty required cell", "Column '{0}' is empty, but every {1} needs its '{2}'",
        Help: "Fill in the cell.");

    public static readonly DiagnosticDescriptor RpnGateUnmitigated = new(
        "HPD330", Severity.Error, "High-RPN risk without a control", "Risk '{0}' has RPN {1}, at or above the threshold {2}, and no control mitigates it",
        Help: "Name a mitigating control (mitigated_by on the risk, or mitigates on the control), or lower the score after review.");
    public static readonly DiagnosticDescriptor RpnGateNoEvidence = new(
        "HPD331", Severity.Error, "High-RPN risk whose controls have no evidence", "Risk '{0}' has RPN {1}, at or above the threshold {2}, and none of its controls ({3}) declares evidence",
        Help: "Give at least one mitigating control an evidence: list.");

    public static readonly DiagnosticDescriptor CatalogueInvalid = new(
        "HPD340", Severity.Error, "Invalid framework catalogue", "Framework catalogue is not valid: {0}", ExitClass.Configuration,
        Help: "A catalogue is a YAML mapping with id, title and requirements (a list of id and title).");
    public static readonly DiagnosticDescriptor CatalogueFolderMissing = new(
        "HPD341", Severity.Error, "Frameworks folder missing", "Frameworks folder '{0}' named in hotpass-docs.yml does not exist", ExitClass.Configuration,
        Help: "Create the folder, or remove the frameworks key.");
}
