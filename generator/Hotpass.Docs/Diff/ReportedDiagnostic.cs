namespace Hotpass.Docs.Diff;

/// <summary>A diagnostic as a built site's <c>diagnostics.json</c> records it. Two builds report the same problem when
/// <see cref="Key"/> is equal: code, location and message, not severity (a severity setting may change between them).</summary>
public sealed record ReportedDiagnostic(string Code, string Severity, string Path, int Line, int Column, string Message)
{
    public (string, string, int, int, string) Key => (Code, Path, Line, Column, Message);
}
