namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>The output formats for diagnostics on the command line.</summary>
public enum DiagnosticFormat
{
    Text,
    GitHub,
    Json,
    Sarif,
}
