using System.Collections.Concurrent;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>The highlighted HTML of code blocks already seen, by language and text: docs repeat their install commands
/// and configuration snippets, and tokenizing costs tens of microseconds a line (TextMateSharp runs every regular
/// expression search under one process-wide lock, so it cannot use a second core either). Kept for the process, so
/// <c>serve</c>'s rebuilds reuse it; bounded by the characters it holds, after which new blocks are highlighted
/// without being kept. A block that gave up is kept with its reason, so every copy of it is reported and none pays
/// the time budget again.</summary>
internal static class HighlightCache
{
    /// <summary>Code and HTML characters held at most (about 16 MB).</summary>
    private const long MaxChars = 8_000_000;

    private static readonly ConcurrentDictionary<(HighlightLanguage Language, string Code), HighlightResult> Results = new();
    private static long _chars;

    public static HighlightResult Highlight(string code, HighlightLanguage language)
    {
        var key = (language, code);
        if (Results.TryGetValue(key, out var known)) return known;
        var result = CodeHighlighter.Highlight(code, language);
        var size = code.Length + result.Html.Length;
        if (Interlocked.Read(ref _chars) + size <= MaxChars && Results.TryAdd(key, result)) Interlocked.Add(ref _chars, size);
        return result;
    }
}
