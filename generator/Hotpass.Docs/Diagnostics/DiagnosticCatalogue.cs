using System.Text;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Diagnostics;

/// <summary>Writes the published reference page of every diagnostic code from <see cref="DiagnosticCodes.All"/>,
/// so the page and the code cannot drift apart (a test compares the shipped page with this output).</summary>
internal static partial class DiagnosticCatalogue
{
    /// <summary>Where the page ships, relative to the repository root.</summary>
    public const string ShippedPath = "content/reference/diagnostic-codes.md";

    private static readonly (string Prefix, string Area)[] Areas =
    [
        ("HPD0", "Configuration (HPD0xx)"),
        ("HPD1", "Pages and front matter (HPD1xx)"),
        ("HPD2", "Links (HPD2xx)"),
        ("HPD3", "Risks, controls and frameworks (HPD3xx)"),
        ("HPD4", "Evidence (HPD4xx)"),
    ];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    public static string Markdown(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var page = new StringBuilder();
        page.Append("""
            ---
            title: Diagnostic codes
            summary: Every problem hotpass-docs reports, with its code, severity, exit code and what to do about it.
            type: reference
            owner: Docs tooling
            order: 90
            ---
            <!-- Generated from DiagnosticCodes.All by DiagnosticCatalogue; do not edit by hand.
                 Regenerate with: UPDATE_GOLDEN=1 dotnet test Hotpass.Docs.sln --filter DiagnosticCatalogueTests -->
            `hotpass-docs build` and `check` report each problem as `file(line,col): severity CODE: message`.
            A code never changes meaning. An error fails the build with exit code 1 when it is a failed
            gate, or 2 when the configuration cannot be used; warnings fail it only under `--strict`.

            The severity of a code can be changed in `hotpass-docs.yml` (`diagnostics: { HPD109: error }`,
            or `none` to silence it), except for the codes marked *locked*: they guard against lost or
            unsafe output and keep their severity whatever the configuration says. In the messages
            below, `…` stands for the part that names the file, key or value at fault.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var area in Areas.Select(a => a.Area).Append(OtherArea))
        {
            var codes = descriptors.Where(d => AreaOf(d) == area).ToList();
            if (codes.Count == 0) continue;
            page.Append('\n').Append("## ").Append(area).Append('\n');
            foreach (var code in codes) AppendCode(page, code);
        }
        return page.ToString();
    }

    /// <summary>A code outside the known ranges still gets listed, under this heading, rather than dropped.</summary>
    private const string OtherArea = "Other codes";

    private static string AreaOf(DiagnosticDescriptor d) =>
        Areas.FirstOrDefault(a => d.Code.StartsWith(a.Prefix, StringComparison.Ordinal)).Area ?? OtherArea;

    private static void AppendCode(StringBuilder page, DiagnosticDescriptor d)
    {
        page.Append('\n').Append("### ").Append(d.Code).Append(": ").Append(Escape(d.Title)).Append("\n\n");
        page.Append("- Severity: ").Append(SeverityName(d.DefaultSeverity))
            .Append(d.Locked ? " (locked)" : " (can be changed)").Append('\n');
        page.Append("- Exit code when it is an error: ").Append(d.ExitClass == ExitClass.Configuration
            ? "2 (the configuration cannot be used; nothing is judged)" : "1 (a gate failed)").Append('\n');
        page.Append("- Message: ").Append(Code(Placeholder().Replace(d.MessageFormat, "…"))).Append('\n');
        page.Append("- What to do: ").Append(d.Help is null ? "*no advice is written for this code yet*" : Escape(d.Help)).Append('\n');
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Inline code whose fence is longer than any run of backticks inside it.</summary>
    private static string Code(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
