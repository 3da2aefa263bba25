namespace Hotpass.Docs.Diagnostics;

/// <summary>Configuration codes of the pipeline (HPD007–HPD012).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor ConfigInvalidYaml = new(
        "HPD007", Severity.Error, "Invalid YAML in configuration", "Invalid YAML in the site configuration: {0}", ExitClass.Configuration,
        Help: "Fix hotpass-docs.yml at the line shown: it must be one YAML mapping with each key once.");
    public static readonly DiagnosticDescriptor ConfigYamlTooComplex = new(
        "HPD008", Severity.Error, "Configuration YAML too complex", "The site configuration is too large or too deeply nested: {0}", ExitClass.Configuration,
        Help: "A site configuration is a short mapping; remove deep nesting or alias chains.");
}
