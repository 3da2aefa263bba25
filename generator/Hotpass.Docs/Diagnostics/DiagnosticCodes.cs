namespace Hotpass.Docs.Diagnostics;

/// <summary>The catalogue of every diagnostic the generator reports; codes never change meaning.</summary>
/// <remarks>HPD0xx configuration, HPD1xx pages and front matter, HPD2xx links, HPD3xx risks,
/// controls and frameworks, HPD4xx evidence. Each area may keep its codes in a partial file of its own
/// (<c>DiagnosticCodes.Links.cs</c>, …); <see cref="All"/> finds them all.</remarks>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor ConfigInvalid = new(
        "HPD001", Severity.Error, "Invalid configuration", "Configuration is not valid: {0}", ExitClass.Configuration,
        Help: "Fix the YAML of hotpass-docs.yml at the reported line: it must parse and be a mapping of keys to values.");
    public static readonly DiagnosticDescriptor ConfigUnknownKey = new(
        "HPD002", Severity.Warning, "Unknown configuration key", "Unknown configuration key '{0}'{1}", ExitClass.Configuration,
        Help: "Remove the key or correct its spelling; every key is in the docs build configuration reference, and `hotpass-docs schema` prints a JSON Schema an editor completes against.");
    public static readonly DiagnosticDescriptor ConfigBadValue = new(
        "HPD003", Severity.Error, "Invalid configuration value", "Configuration key '{0}' {1}", ExitClass.Configuration,
        Help: "Give the key a value of the kind the message names (a relative folder, a number, a timestamp, a severity).");

    public static readonly DiagnosticDescriptor TemplateInvalid = new(
        "HPD004", Severity.Error, "Invalid template", "Template cannot be used: {0}", ExitClass.Configuration,
        Help: "Fix the Liquid syntax of the named template in the site's templates/ folder, or delete the file to use the built-in theme's.");
    public static readonly DiagnosticDescriptor OutputUnsafe = new(
        "HPD005", Severity.Error, "Unsafe output folder", "Output folder '{0}' {1}", ExitClass.Configuration, Locked: true,
        Help: "Choose an output folder outside the site root, content/ and templates/ (the default is _site); the build only ever replaces a folder it can replace without touching sources.");

    public static readonly DiagnosticDescriptor OutputWriteFailed = new(
        "HPD006", Severity.Error, "Output not written", "Output cannot be written: {0}", ExitClass.Configuration, Locked: true,
        Help: "Check that the output folder's parent exists and is writable and that no other process holds the folder open; the previous site is kept.");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "HPD100", Severity.Error, "Unreadable file", "File cannot be read: {0}",
        Help: "Check the file's permissions, or whether it was removed while the build ran.");
    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "HPD101", Severity.Error, "Missing front matter", "Page has no front matter: it must start with a '---' line",
        Help: "Start the page with a '---' line, then at least 'title: …', then a closing '---' line.");
    public static readonly DiagnosticDescriptor FrontMatterInvalidYaml = new(
        "HPD102", Severity.Error, "Invalid YAML", "Invalid YAML: {0}",
        Help: "Fix the YAML at the reported line; quote values that contain ': ' or start with a special character.");
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        "HPD103", Severity.Error, "Front matter is not a mapping", "Front matter must be a mapping of keys to values",
        Help: "Write the front matter as 'key: value' lines, not a list or a bare value.");
    public static readonly DiagnosticDescriptor TitleMissing = new(
        "HPD104", Severity.Error, "Missing title", "Front matter has no 'title'",
        Help: "Add 'title: …' to the front matter; it names the page in navigation, cards and the browser tab.");
    public static readonly DiagnosticDescriptor UnknownDiataxisType = new(
        "HPD105", Severity.Error, "Unknown Diátaxis type",
        "Unknown type '{0}': expected tutorial, how-to, reference or explanation",
        Help: "Use one of tutorial, how-to, reference or explanation, or leave 'type' out to take the section's type.");
    public static readonly DiagnosticDescriptor TypeContradictsFolder = new(
        "HPD106", Severity.Warning, "Type contradicts folder", "Page declares type '{0}' but sits in the {1} folder '{2}'",
        Help: "Move the page to the folder of its type, or change 'type' to the folder's, or leave 'type' out.");
    public static readonly DiagnosticDescriptor FieldInvalid = new(
        "HPD107", Severity.Error, "Invalid front matter value", "Front matter '{0}' {1}",
        Help: "Give the field a value of the kind the message names: dates as yyyy-MM-dd, durations as ISO 8601 (P90D), order as a whole number.");
    public static readonly DiagnosticDescriptor ReviewDue = new(
        "HPD108", Severity.Warning, "Page due for review", "Page was last reviewed {0} and was due for review on {1}",
        Help: "Review the page, then set 'last_reviewed' to the day you did; 'review_every' says how long a review lasts.");
    public static readonly DiagnosticDescriptor UnknownField = new(
        "HPD109", Severity.Warning, "Unknown front matter key", "Unknown front matter key '{0}'{1}",
        Help: "Remove the key or correct its spelling (the suggestion names the nearest known key); the known keys are listed in the README.");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "HPD110", Severity.Error, "Invalid UTF-8", "File is not valid UTF-8: byte 0x{0:X2} cannot start or continue a character",
        Help: "Save the file as UTF-8; the message names the first byte that is not.");
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "HPD111", Severity.Error, "File too large", "File is {0} bytes, over the limit of {1} bytes; it was skipped",
        Help: "Split the page into smaller pages; the limit keeps a single file from exhausting the build.");
    public static readonly DiagnosticDescriptor YamlTooComplex = new(
        "HPD112", Severity.Error, "YAML too complex", "YAML is too large or too deeply nested: {0}",
        Help: "Flatten the YAML or make it smaller; the limits on depth and size keep hostile YAML from exhausting the build.");
    public static readonly DiagnosticDescriptor SymbolicLinkSkipped = new(
        "HPD113", Severity.Warning, "Symbolic link skipped", "Symbolic link was not followed: {0}",
        Help: "Copy the file into content/ instead of linking to it; links are not followed so a build never reads outside the site.");
    public static readonly DiagnosticDescriptor DuplicateOutput = new(
        "HPD115", Severity.Error, "Duplicate output", "Output '{0}' is also produced by '{1}'", Locked: true,
        Help: "Rename one of the two sources so that each output path is made by one source only (names that differ only in case clash on some file systems).");
    public static readonly DiagnosticDescriptor UnusableOutputName = new(
        "HPD117", Severity.Error, "Unusable output name", "Output '{0}' cannot be written as a file: {1}", Locked: true,
        Help: "Rename the source (file, folder or id) so that every part of its output path is a usable file name: not '.' or '..', not empty, at most 255 bytes.");
    public static readonly DiagnosticDescriptor OutputFolderTaken = new(
        "HPD118", Severity.Error, "Output folder is a file", "Output '{0}' needs '{1}' as a folder, but '{2}' writes a file there", Locked: true,
        Help: "Rename one of the two sources: a path cannot be both a file and the folder of another output.");
    public static readonly DiagnosticDescriptor MarkdownTooDeep = new(
        "HPD116", Severity.Error, "Markdown too deeply nested", "Markdown is nested too deeply to render; the page body was left out",
        Help: "Reduce the nesting of lists, quotes or emphasis in the page.");
    public static readonly DiagnosticDescriptor FrontMatterUnclosed = new(
        "HPD114", Severity.Error, "Unclosed front matter", "Front matter starts with '---' but has no closing '---' line",
        Help: "Add a closing '---' line after the front matter.");

    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "HPD210", Severity.Warning, "Unsafe link removed", "Link with scheme '{0}' was removed: only http, https, mailto and relative links are published",
        Help: "Link with http, https, mailto or a relative path; other schemes (javascript:, data:, …) could run code in a reader's browser.");
    public static readonly DiagnosticDescriptor UnsafeHtml = new(
        "HPD211", Severity.Warning, "Unsafe HTML removed", "Raw HTML was sanitised: {0}",
        Help: "Write the content as markdown, or use only plain HTML elements and attributes without scripts, styles or event handlers.");

    /// <summary>Every descriptor, in code order, for documentation and for SARIF rule tables.</summary>
    /// <remarks>Computed on first use, not in a field initializer: static fields of partial files initialise in an
    /// unspecified file order, so an initializer here could run before another file's descriptors exist.</remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalogue.Descriptors;

    private static class Catalogue
    {
        public static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors =
        [
            .. typeof(DiagnosticCodes)
                .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .OrderBy(d => d.Code, StringComparer.Ordinal),
        ];
    }
}
