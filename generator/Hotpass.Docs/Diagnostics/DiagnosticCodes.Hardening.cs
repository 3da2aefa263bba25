namespace Hotpass.Docs.Diagnostics;

// Hardening against hostile input: output-folder ownership and swap recovery (HPD020–HPD039), input files and
// pages that are not what they seem (HPD130–HPD149), unsafe generated output (HPD230–HPD239).
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor OutputNotOurs = new(
        "HPD020", Severity.Error, "Output folder not made by this tool",
        "Output folder '{0}' is not empty and was not made by hotpass-docs (no manifest.json with \"generator\": \"hotpass-docs\"); it was left untouched (--force, or out_force: true, replaces it)",
        ExitClass.Configuration, Locked: true,
        Help: "Choose a new or empty folder for --out, or say yes to replacing it with --force (or out_force: true in hotpass-docs.yml).");
    public static readonly DiagnosticDescriptor OldSiteNotDeleted = new(
        "HPD021", Severity.Warning, "Previous site not deleted",
        "The new site is in place, but the previous one, moved aside to '{0}', could not be deleted: {1}",
        Locked: true, // --strict must not turn a good, already swapped-in build into a failure
        Help: "Delete the folder by hand (check its permissions); the next build also tries again.");
    public static readonly DiagnosticDescriptor SwapRecovered = new(
        "HPD022", Severity.Warning, "Interrupted build recovered",
        "Output folder '{0}': {1}",
        Locked: true, // a repair is news, not a failure of this build's content, even under --strict
        Help: "A previous build was killed while replacing the site; this build put things back. Nothing to do.");
    public static readonly DiagnosticDescriptor RootInvalid = new(
        "HPD023", Severity.Error, "Site root unusable", "Site root '{0}' {1}", ExitClass.Configuration,
        Help: "Point --root at the folder that holds hotpass-docs.yml and content/.");
    public static readonly DiagnosticDescriptor ConfigTooLarge = new(
        "HPD024", Severity.Error, "Configuration file too large", "Configuration file is {0} bytes, over the limit of {1} bytes",
        ExitClass.Configuration, Help: "hotpass-docs.yml holds a few keys; split data out of it.");
    public static readonly DiagnosticDescriptor ConfigInvalidUtf8 = new(
        "HPD025", Severity.Error, "Configuration not UTF-8",
        "Configuration file is not valid UTF-8: byte 0x{0:X2} cannot start or continue a character", ExitClass.Configuration,
        Help: "Save hotpass-docs.yml as UTF-8.");
    public static readonly DiagnosticDescriptor SectionDuplicate = new(
        "HPD026", Severity.Error, "Section configured twice", "Section folder '{0}' is configured twice; the first entry is used",
        ExitClass.Configuration, Help: "Keep one 'sections:' entry per folder.");
    public static readonly DiagnosticDescriptor InitFolderNotEmpty = new(
        "HPD027", Severity.Error, "Folder for a new site not empty",
        "'{0}' is not empty ({1}); hotpass-docs init wrote nothing", ExitClass.Configuration, Locked: true,
        Help: "Run init in a new or empty folder, or pass --force to add the new site's files beside what is there: "
            + "init never deletes or overwrites a file, so a file that already exists is kept and named.");

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "HPD130", Severity.Error, "Not a regular file", "'{0}' is a {1}, not a regular file; it was not read",
        Help: "Only regular files are read from the input folders (content, templates, evidence, frameworks): remove the pipe, socket or device.");
    public static readonly DiagnosticDescriptor SanitiserFailed = new(
        "HPD131", Severity.Error, "Raw HTML could not be sanitised",
        "The HTML sanitiser failed on this page's raw HTML ({0}); the page body was left out",
        Help: "Simplify the raw HTML on the page (unusual <select>, <xmp> or table nesting), or write it as markdown.");
    public static readonly DiagnosticDescriptor PageTooComplex = new(
        "HPD132", Severity.Error, "Page too complex to render", "Page has {0} (limit {1}); the page body was left out",
        Help: "Split the page or remove the repeated construct; real pages stay far below these limits.");
    public static readonly DiagnosticDescriptor ContentDropped = new(
        "HPD133", Severity.Warning, "Sanitising dropped content", "Sanitising dropped content: {0}",
        Help: "Close the element, or remove it: documentation pages need no inline <style> or <math> left open.");

    public static readonly DiagnosticDescriptor UnsafeBaseUrl = new(
        "HPD230", Severity.Error, "Invalid base URL", "Base URL '{0}' {1}", ExitClass.Configuration, Locked: true,
        Help: "Give an absolute http(s) URL or a path such as /docs/, with no spaces or control characters.");
}
