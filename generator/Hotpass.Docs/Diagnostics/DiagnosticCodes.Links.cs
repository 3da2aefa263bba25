namespace Hotpass.Docs.Diagnostics;

/// <summary>Codes of the link gate (HPD200–HPD209, HPD212–HPD219).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor BrokenLink = new(
        "HPD200", Severity.Error, "Broken link", "Link '{0}' points to '{1}', which is not part of the site{2}",
        Help: "Fix the path (relative to this page's folder) or add the missing page; links to .md files resolve to their .html output.");
    public static readonly DiagnosticDescriptor BrokenFragment = new(
        "HPD201", Severity.Error, "Broken fragment", "Link '{0}': '{1}' has no element with id '{2}'{3}",
        Help: "Ids match exactly, case included. Heading ids are the heading text in lower case, spaces as '-', punctuation dropped.");
    public static readonly DiagnosticDescriptor MissingResource = new(
        "HPD202", Severity.Error, "Missing image or asset", "'{0}' loads '{1}', which is not part of the site{2}",
        Help: "Put the file under content/ (it is copied beside the pages) or fix the path.");
    public static readonly DiagnosticDescriptor LinkOutsideSite = new(
        "HPD203", Severity.Error, "Link leaves the site", "Link '{0}' climbs out of the site root",
        Help: "A link may not climb above the site root with '..': the site must work from any folder and from an archive.");
    public static readonly DiagnosticDescriptor RootRelativeLink = new(
        "HPD204", Severity.Error, "Root-relative link", "Link '{0}' starts with '/', which breaks when the site is opened from disk or served from a sub-path",
        Help: "Write the link relative to the page (../how-to/x.md).");
    public static readonly DiagnosticDescriptor TemplateLinkBroken = new(
        "HPD205", Severity.Error, "Broken link in template output", "Template output on '{0}' (and {1} more pages) has link '{2}': {3}",
        Help: "Fix the template (or the theme file it names): its links must resolve on every page it renders.");
    public static readonly DiagnosticDescriptor ExternalLinkFailed = new(
        "HPD206", Severity.Warning, "External link failed", "External link '{0}' failed: {1}",
        Help: "Reported only with --check-external. Fix or remove the link; results are cached under .hotpass-docs/.");
    public static readonly DiagnosticDescriptor EvidenceLinkInvalid = new(
        "HPD207", Severity.Error, "Evidence link not a web address", "Evidence '{0}' gives {1} '{2}', which {3}; it is not linked",
        Help: "Where a file came from is linked only as an absolute https URL (https://github.com/OWNER/REPO/actions/runs/ID); never javascript:, data:, http: or a relative path. Fix source_url in the sidecar, or the run file's url.");
}
