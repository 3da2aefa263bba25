namespace Hotpass.Docs.Load;

/// <summary>A page split into its YAML front matter and markdown body, with the line numbers each starts on.</summary>
/// <param name="Yaml">The YAML between the fences, or null when the page has none.</param>
/// <param name="YamlFirstLine">1-based line of the first YAML line.</param>
/// <param name="BodyFirstLine">1-based line of the first body line.</param>
/// <param name="Unclosed">True when an opening fence has no closing one.</param>
internal sealed record FrontMatterBlock(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    /// <summary>Splits text (already LF-normalised) at its front matter fences: '---' to '---' or '...'.</summary>
    public static FrontMatterBlock Split(string text)
    {
        if (!IsFence(text, 0, out var afterOpen, allowDots: false))
            return new FrontMatterBlock(null, 1, text, 1, false);

        var line = 2;
        var pos = afterOpen;
        while (pos < text.Length)
        {
            if (IsFence(text, pos, out var afterClose, allowDots: true))
                return new FrontMatterBlock(text[afterOpen..pos], 2, text[afterClose..], line + 1, false);
            var next = text.IndexOf('\n', pos);
            if (next < 0) break;
            pos = next + 1;
            line++;
        }
        return new FrontMatterBlock(null, 2, text, 1, true);
    }

    private static bool IsFence(string text, int start, out int next, bool allowDots)
    {
        next = start;
        var end = text.IndexOf('\n', start);
        var lineText = (end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start)).TrimEnd(" \t");
        if (!lineText.SequenceEqual("---") && !(allowDots && lineText.SequenceEqual("..."))) return false;
        next = end < 0 ? text.Length : end + 1;
        return true;
    }
}
