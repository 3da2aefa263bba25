using System.Globalization;
using System.Text;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>The markdown a build or check appends to the GitHub Actions job summary: its outcome, counts by code,
/// and the first errors with links to their lines.</summary>
public static class GateSummary
{
    /// <summary>How many errors are listed one by one; the counts table covers the rest.</summary>
    public const int ListedErrors = 20;

    public static string Write(string verb, int exitCode, IReadOnlyList<Diagnostic> diagnostics, SourceLinks? links)
    {
        var text = new StringBuilder();
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var outcome = exitCode switch { 0 => "passed", 1 => "failed its gates", _ => "stopped on a configuration error" };
        text.Append(CultureInfo.InvariantCulture, $"## hotpass-docs {verb} {outcome}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{errors.Count} errors, {warnings} warnings.\n\n");
        if (diagnostics.Count > 0)
        {
            text.Append("| code | severity | count | title |\n| --- | --- | ---: | --- |\n");
            foreach (var group in diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Severity))
            {
                var title = MarkdownText.Escape(group.First().Descriptor.Title);
                text.Append(CultureInfo.InvariantCulture, $"| {group.Key.Code} | {Diagnostic.SeverityName(group.Key.Severity)} | {group.Count()} | {title} |\n");
            }
            text.Append('\n');
        }
        if (errors.Count > 0)
        {
            text.Append(errors.Count > ListedErrors ? $"### First {ListedErrors} errors\n\n" : "### Errors\n\n");
            foreach (var d in errors.Take(ListedErrors))
                text.Append(CultureInfo.InvariantCulture, $"- {Where(d.Location, links)}: {d.Code}: {MarkdownText.Escape(d.Message)}\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Where(SourceLocation location, SourceLinks? links) =>
        links is null ? MarkdownText.Escape(location.ToString()) : MarkdownText.Link(location.ToString(), links.For(location));
}
