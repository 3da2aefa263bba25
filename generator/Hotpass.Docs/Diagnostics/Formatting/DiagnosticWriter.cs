namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Writes a finished list of diagnostics in one of the supported formats.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format)
    {
        switch (format)
        {
            case DiagnosticFormat.GitHub:
                foreach (var d in diagnostics) writer.WriteLine(GitHubAnnotation.Format(d));
                break;
            case DiagnosticFormat.Json:
                JsonDiagnostics.Write(writer, diagnostics);
                break;
            case DiagnosticFormat.Sarif:
                SarifDiagnostics.Write(writer, diagnostics);
                break;
            default:
                foreach (var d in diagnostics) writer.WriteLine(d.ToString());
                break;
        }
    }
}
