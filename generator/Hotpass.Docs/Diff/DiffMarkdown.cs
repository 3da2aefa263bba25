using System.Globalization;
using System.Text;
using Hotpass.Docs.Text;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Diff;

/// <summary>Writes a <see cref="BuildDiff"/> as markdown fit for a pull-request comment or the job summary. Page links
/// are relative to the preview (or under <c>--preview-url</c>); every name from the build is escaped.</summary>
public static class DiffMarkdown
{
    /// <summary>How many entries a list shows before it says how many more there are.</summary>
    public const int ListLimit = 50;

    public static string Write(BuildDiff diff, string? previewUrl)
    {
        var text = new StringBuilder("## Docs changes against the baseline\n\n");
        if (diff.IsEmpty) return text.Append("No pages, controls or diagnostics changed.\n").ToString();
        text.Append(CultureInfo.InvariantCulture,
            $"{diff.PagesChanged.Count} pages changed, {diff.PagesAdded.Count} added, {diff.PagesRemoved.Count} removed; {diff.OtherFilesChanged} other files changed.\n\n");
        Pages(text, "Pages added", diff.PagesAdded, previewUrl);
        Pages(text, "Pages changed", diff.PagesChanged, previewUrl);
        Pages(text, "Pages removed", diff.PagesRemoved, null);
        if (diff.ControlChanges.Count > 0)
        {
            text.Append("### Control status changed\n\n| control | before | after |\n| --- | --- | --- |\n");
            foreach (var c in diff.ControlChanges)
                text.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Escape(c.Control)} | {Status(c.Before)} | {Status(c.After)} |\n");
            text.Append('\n');
        }
        else if (!diff.ControlsCompared)
        {
            text.Append("Control status not compared: a build has no matrix.json.\n\n");
        }
        if (diff.NewDiagnostics.Count > 0)
        {
            text.Append("### New diagnostics\n\n");
            foreach (var d in diff.NewDiagnostics.Take(ListLimit))
                text.Append(CultureInfo.InvariantCulture,
                    $"- {MarkdownText.Escape($"{d.Path}({d.Line},{d.Column})")}: {d.Severity} {MarkdownText.Escape(d.Code)}: {MarkdownText.Escape(d.Message)}\n");
            More(text, diff.NewDiagnostics.Count);
        }
        if (diff.ResolvedDiagnostics > 0)
            text.Append(CultureInfo.InvariantCulture, $"{diff.ResolvedDiagnostics} diagnostics of the baseline are gone.\n");
        return text.ToString();
    }

    private static void Pages(StringBuilder text, string heading, IReadOnlyList<string> paths, string? previewUrl)
    {
        if (paths.Count == 0) return;
        text.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n");
        foreach (var path in paths.Take(ListLimit))
            text.Append("- ").Append(previewUrl is null && heading == "Pages removed" ? MarkdownText.Escape(path) : MarkdownText.Link(path, Href(path, previewUrl))).Append('\n');
        More(text, paths.Count);
    }

    private static void More(StringBuilder text, int count)
    {
        if (count > ListLimit) text.Append(CultureInfo.InvariantCulture, $"- … and {count - ListLimit} more\n");
        text.Append('\n');
    }

    private static string Href(string path, string? previewUrl)
    {
        var encoded = UrlEncoding.HrefEscapingAll(path);
        return previewUrl is null ? encoded : previewUrl.TrimEnd('/') + "/" + encoded;
    }

    private static string Status(string? status) => status is null ? "(none)" : MarkdownText.Escape(status);
}
