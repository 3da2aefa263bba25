namespace Hotpass.Docs.Diagnostics;

/// <summary>The catalogue of every diagnostic the generator reports; codes never change meaning.</summary>
/// <remarks>HPD0xx configuration, HPD1xx pages and front matter, HPD2xx links, HPD3xx risks,
/// controls and frameworks, HPD4xx evidence. Each area may keep its codes in a partial file of its own
/// (<c>DiagnosticCodes.Links.cs</c>, …); <see cref="All"/> finds them all.</remarks>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor ConfigInvalid = new(
        "HPD001", Severity.Error, "Invalid configuration", "Configuration is not valid: {0}", ExitClass.Configuration);
    public static readonly DiagnosticDescriptor ConfigUnknownKey = new(
        "HPD002", Severity.Warning, "Unknown configuration key", "Unknown configuration key '{0}'", ExitClass.Configuration);
    public static readonly DiagnosticDescriptor ConfigBadValue = new(
        "HPD003", Severity.Error, "Invalid configuration value", "Configuration key '{0}' {1}", ExitClass.Configuration);

    public static readonly DiagnosticDescriptor TemplateInvalid = new(
        "HPD004", Severity.Error, "Invalid template", "Template cannot be used: {0}", ExitClass.Configuration);
    public static readonly DiagnosticDescriptor OutputUnsafe = new(
        "HPD005", Severity.Error, "Unsafe output folder", "Output folder '{0}' {1}", ExitClass.Configuration, Locked: true);

    public static readonly DiagnosticDescriptor OutputWriteFailed = new(
        "HPD006", Severity.Error, "Output not written", "Output cannot be written: {0}", ExitClass.Configuration, Locked: true);

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "HPD100", Severity.Error, "Unreadable file", "File cannot be read: {0}");
    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "HPD101", Severity.Error, "Missing front matter", "Page has no front matter: it must start with a '---' line");
    public static readonly DiagnosticDescriptor FrontMatterInvalidYaml = new(
        "HPD102", Severity.Error, "Invalid YAML", "Invalid YAML: {0}");
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        "HPD103", Severity.Error, "Front matter is not a mapping", "Front matter must be a mapping of keys to values");
    public static readonly DiagnosticDescriptor TitleMissing = new(
        "HPD104", Severity.Error, "Missing title", "Front matter has no 'title'");
    public static readonly DiagnosticDescriptor UnknownDiataxisType = new(
        "HPD105", Severity.Error, "Unknown Diátaxis type",
        "Unknown type '{0}': expected tutorial, how-to, reference or explanation");
    public static readonly DiagnosticDescriptor TypeContradictsFolder = new(
        "HPD106", Severity.Warning, "Type contradicts folder", "Page declares type '{0}' but sits in the {1} folder '{2}'");
    public static readonly DiagnosticDescriptor FieldInvalid = new(
        "HPD107", Severity.Error, "Invalid front matter value", "Front matter '{0}' {1}");
    public static readonly DiagnosticDescriptor ReviewDue = new(
        "HPD108", Severity.Warning, "Page due for review", "Page was last reviewed {0} and was due for review on {1}");
    public static readonly DiagnosticDescriptor UnknownField = new(
        "HPD109", Severity.Warning, "Unknown front matter key", "Unknown front matter key '{0}'");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "HPD110", Severity.Error, "Invalid UTF-8", "File is not valid UTF-8: byte 0x{0:X2} cannot start or continue a character");
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "HPD111", Severity.Error, "File too large", "File is {0} bytes, over the limit of {1} bytes; it was skipped");
    public static readonly DiagnosticDescriptor YamlTooComplex = new(
        "HPD112", Severity.Error, "YAML too complex", "YAML is too large or too deeply nested: {0}");
    public static readonly DiagnosticDescriptor SymbolicLinkSkipped = new(
        "HPD113", Severity.Warning, "Symbolic link skipped", "Symbolic link was not followed: {0}");
    public static readonly DiagnosticDescriptor DuplicateOutput = new(
        "HPD115", Severity.Error, "Duplicate output", "Output '{0}' is also produced by '{1}'", Locked: true);
    public static readonly DiagnosticDescriptor MarkdownTooDeep = new(
        "HPD116", Severity.Error, "Markdown too deeply nested", "Markdown is nested too deeply to render; the page body was left out");
    public static readonly DiagnosticDescriptor FrontMatterUnclosed = new(
        "HPD114", Severity.Error, "Unclosed front matter", "Front matter starts with '---' but has no closing '---' line");

    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "HPD210", Severity.Warning, "Unsafe link removed", "Link with scheme '{0}' was removed: only http, https, mailto and relative links are published");
    public static readonly DiagnosticDescriptor UnsafeHtml = new(
        "HPD211", Severity.Warning, "Unsafe HTML removed", "Raw HTML was sanitised: {0}");

    /// <summary>Every descriptor, in code order, for documentation and for SARIF rule tables.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    // Lazy: static fields in other partial files may be initialised after this file's, so reflecting over them in an
    // initialiser here would read nulls.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
    [
        .. typeof(DiagnosticCodes)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);
}
