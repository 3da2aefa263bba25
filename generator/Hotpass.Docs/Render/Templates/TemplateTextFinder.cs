using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Finds where in the theme's templates a piece of output text was written, so a broken link made by a
/// template is reported at the template line that holds it. Runs only when there is something to report.</summary>
internal static class TemplateTextFinder
{
    /// <summary>The first layout or partial (the site's own files before the built-in theme's) whose text contains
    /// <paramref name="text"/>; null when none does (the text came from a variable).</summary>
    public static SourceLocation? Find(ThemeFiles files, string templatesDir, string text)
    {
        if (text.Length == 0) return null;
        foreach (var path in files.List("partials").Concat(files.List("layouts")).OrderBy(p => IsBuiltIn(files, p)).ThenBy(p => p, StringComparer.Ordinal))
        {
            if (files.ReadText(path) is not { } source) continue;
            var at = source.IndexOf(text, StringComparison.Ordinal);
            if (at < 0) continue;
            var line = source.AsSpan(0, at).Count('\n') + 1;
            var lineStart = at == 0 ? 0 : source.LastIndexOf('\n', at - 1) + 1;
            var described = files.DescribeSource(path);
            var name = Path.IsPathRooted(described) ? templatesDir + "/" + path : described;
            return new SourceLocation(name, line, at - lineStart + 1);
        }
        return null;
    }

    private static bool IsBuiltIn(ThemeFiles files, string path) => !Path.IsPathRooted(files.DescribeSource(path));
}
