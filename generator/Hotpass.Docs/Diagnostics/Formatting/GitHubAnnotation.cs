namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Formats a diagnostic as a GitHub Actions workflow command, which the runner shows as an annotation.</summary>
internal static class GitHubAnnotation
{
    public static string Format(Diagnostic d)
    {
        var level = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var position = d.Location.HasPosition ? $",line={d.Location.Line},col={d.Location.Column}" : "";
        return $"::{level} file={EscapeProperty(d.Location.Path)}{position},title={d.Code}::{EscapeData(d.Message)}";
    }

    // The escapes the Actions runner undoes (actions/toolkit, command.ts).
    private static string EscapeData(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
