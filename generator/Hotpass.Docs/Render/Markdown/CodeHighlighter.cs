using System.Net;
using ColorCode;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Highlights code at build time with ColorCode, so reading code needs no JavaScript.</summary>
public static class CodeHighlighter
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cs"] = "csharp", ["c#"] = "csharp", ["js"] = "javascript", ["ts"] = "typescript",
        ["ps1"] = "powershell", ["pwsh"] = "powershell", ["c++"] = "cpp", ["fs"] = "fsharp",
        ["py"] = "python", ["md"] = "markdown", ["htm"] = "html", ["xaml"] = "xml",
    };

    // HtmlClassFormatter keeps its writer in a field, so each thread gets its own.
    private static readonly ThreadLocal<HtmlClassFormatter> Formatter = new(() => new HtmlClassFormatter());

    /// <summary>The inner HTML of a code block: highlighted spans for a language ColorCode knows, escaped text otherwise.</summary>
    public static string ToHtml(string code, string? language)
    {
        var known = Find(language);
        if (known is null) return WebUtility.HtmlEncode(code);

        // ColorCode wraps its spans as <div class="…"><pre>\n…\n</pre></div>; keep only what is inside <pre>.
        var html = Formatter.Value!.GetHtmlString(code, known);
        var start = html.IndexOf("<pre>", StringComparison.Ordinal);
        var end = html.LastIndexOf("</pre>", StringComparison.Ordinal);
        if (start < 0 || end < start) return WebUtility.HtmlEncode(code);
        start += "<pre>".Length;
        if (start < end && html[start] == '\n') start++;
        if (end > start && html[end - 1] == '\n') end--;
        return html[start..end];
    }

    private static ILanguage? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var id = Aliases.TryGetValue(language, out var alias) ? alias : language;
        return Languages.FindById(id.ToLowerInvariant());
    }
}
