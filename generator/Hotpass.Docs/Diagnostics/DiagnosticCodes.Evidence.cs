namespace Hotpass.Docs.Diagnostics;

// HPD400–HPD449: reading evidence files and their sidecars.
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor EvidenceUnreadable = new(
        "HPD400", Severity.Error, "Evidence file unreadable", "Evidence file cannot be read: {0}",
        Help: "Check the file's permissions, or remove it from evidence/.");
    public static readonly DiagnosticDescriptor EvidenceTooLarge = new(
        "HPD401", Severity.Error, "Evidence file too large", "{0} evidence is {1} bytes, over the limit of {2} bytes; it was not read",
        Help: "Split the report, or keep a summary of it in evidence/ and the full file elsewhere.");
    public static readonly DiagnosticDescriptor EvidenceEmpty = new(
        "HPD402", Severity.Error, "Empty evidence file", "Evidence file is empty (0 bytes)",
        Help: "An empty file proves nothing: regenerate the report, or delete the file.");
    public static readonly DiagnosticDescriptor EvidenceUnrecognised = new(
        "HPD403", Severity.Error, "Evidence format not recognised", "Evidence file is {0} and has no sidecar '{1}' describing it",
        Help: "Use a supported format (see reference/evidence-formats), or add a NAME.evidence.yaml sidecar with at least collected_at.");
    public static readonly DiagnosticDescriptor EvidenceJsonInvalid = new(
        "HPD404", Severity.Error, "Malformed JSON evidence", "JSON cannot be read: {0}",
        Help: "The file is cut short or not JSON; regenerate it.");
    public static readonly DiagnosticDescriptor EvidenceXmlInvalid = new(
        "HPD405", Severity.Error, "Malformed XML evidence", "XML cannot be read: {0}",
        Help: "The file is cut short or not well-formed XML; regenerate it.");
    public static readonly DiagnosticDescriptor EvidenceDtdRefused = new(
        "HPD406", Severity.Error, "XML declares a DTD", "XML declares {0}; DTDs and entities are never processed, so the file was not read",
        Locked: true,
        Help: "Evidence XML must not declare entities (external entities and entity expansion are attacks); regenerate it without an internal DTD subset.");
    public static readonly DiagnosticDescriptor EvidenceDtdIgnored = new(
        "HPD407", Severity.Warning, "External DTD ignored", "XML names an external DTD '{0}', which was ignored and never fetched",
        Help: "Harmless for Cobertura reports that carry one; nothing is downloaded.");
    public static readonly DiagnosticDescriptor EvidenceUnknownVersion = new(
        "HPD408", Severity.Error, "Unknown spec version", "{0} declares spec version '{1}', which is not one of {2}",
        Help: "Regenerate the file with a tool that writes a published version of the format.");
    public static readonly DiagnosticDescriptor EvidenceNoTime = new(
        "HPD409", Severity.Error, "Evidence has no time", "{0} evidence carries no time of its own and has no sidecar collected_at; its age cannot be judged",
        Help: "Add a NAME.evidence.yaml sidecar with collected_at (ISO 8601, with a zone), or make the tool write a timestamp. The file-system time is never used.");
    public static readonly DiagnosticDescriptor EvidenceTooDeep = new(
        "HPD410", Severity.Error, "Evidence nested too deeply", "JSON is nested deeper than {0} levels; it was not read",
        Help: "Real reports nest far less; the file is malformed or hostile.");
    public static readonly DiagnosticDescriptor EvidenceInvalid = new(
        "HPD411", Severity.Error, "Invalid evidence content", "{0} evidence is not valid: {1}",
        Help: "The file is recognised but lacks what its format requires; regenerate it.");
    public static readonly DiagnosticDescriptor EvidenceBadTime = new(
        "HPD412", Severity.Warning, "Unreadable time in evidence", "{0} time '{1}' cannot be read as a date and time; it was ignored",
        Help: "Give collected_at in a sidecar, or fix the tool's timestamp.");
    public static readonly DiagnosticDescriptor SidecarUnknownKey = new(
        "HPD420", Severity.Warning, "Unknown sidecar key", "Unknown sidecar key '{0}'{1}; known keys are id, title, collected_at, commit, source_url, description",
        Help: "Fix the key's spelling; unknown keys are ignored.");
    public static readonly DiagnosticDescriptor SidecarBadTime = new(
        "HPD421", Severity.Error, "Invalid sidecar time", "Sidecar collected_at '{0}' is not an ISO 8601 date and time with a zone (e.g. 2025-11-20T06:00:00Z)",
        Help: "Write collected_at as yyyy-MM-ddTHH:mm:ssZ or with an offset such as +02:00.");
    public static readonly DiagnosticDescriptor SidecarInvalid = new(
        "HPD422", Severity.Error, "Invalid sidecar", "Sidecar {0}",
        Help: "A sidecar is a YAML mapping of id, title, collected_at, commit, source_url and description.");
    public static readonly DiagnosticDescriptor SidecarOrphan = new(
        "HPD423", Severity.Warning, "Sidecar without its file", "Sidecar describes '{0}', which does not exist",
        Help: "Rename the sidecar to FILE.evidence.yaml beside the file it describes, or delete it.");
    public static readonly DiagnosticDescriptor EvidenceDuplicateId = new(
        "HPD424", Severity.Error, "Duplicate evidence id", "Evidence id '{0}' is also the id of '{1}'",
        Help: "Give one of them another id in its sidecar.");
    public static readonly DiagnosticDescriptor EvidenceSignatureInvalid = new(
        "HPD430", Severity.Error, "Evidence signature does not verify", "Evidence '{0}' has a signature by trusted key '{1}' that does not verify: its payload changed after signing, or another key signed it",
        Help: "Sign the file again with the key in evidence.keys, or find out who changed it.");
    public static readonly DiagnosticDescriptor EvidenceSignatureUntrusted = new(
        "HPD431", Severity.Info, "Evidence signed by an unknown key", "Evidence '{0}' is signed, but by no key in evidence.keys{1}; it counts as unsigned",
        Help: "Add the signer's public key under evidence.keys in hotpass-docs.yml if the site should trust it.");
}
