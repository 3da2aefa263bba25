using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight;

/// <summary>Highlights a code block at build time with this project's own scanners (see <c>Scanning/</c> and
/// <c>Languages/</c>); a block past the <see cref="HighlightLimits"/> comes back plain, with the reason.</summary>
/// <remarks>Why not a library: issue 16 allows about 4 µs of CPU a line. TextMateSharp 2.0.5 cost ~175 µs a line on
/// one core (Onigwrap runs every search under one process-wide lock) and 0.36 s of grammar loading; ColorCode.Core
/// 2.0.15's regexes cost 1.5–56 µs a line (18–24 µs for Python even compiled, which Native AOT cannot do) and it has
/// no bash, YAML, TOML, INI, Dockerfile or console. These scanners are linear, table-driven char scanning: about a
/// microsecond a line, on every core, with nothing to load.</remarks>
internal static class CodeHighlighter
{
    /// <summary>The block's inner HTML: token spans, or escaped text when the block is past the limits.</summary>
    /// <param name="code">The block's text, lines separated by <c>\n</c>.</param>
    public static HighlightResult Highlight(string code, HighlightLanguage language, HighlightLimits? limits = null)
    {
        limits ??= HighlightLimits.Default;
        if (code.Length > limits.MaxBlockLength)
            return Plain(code, $"the block is longer than {limits.MaxBlockLength} characters");
        var line = LongLine(code, limits.MaxLineLength);
        if (line > 0) return Plain(code, $"line {line} of the block is longer than {limits.MaxLineLength} characters");
        return new HighlightResult(Scan(code, language, out _), null);
    }

    /// <summary>The highlighted HTML, and how many characters the scanners looked at to make it (the tests' measure
    /// of linear time).</summary>
    internal static string Scan(string code, HighlightLanguage language, out long steps)
    {
        var output = new SpanWriter(code.Length * 2 + 64);
        var state = default(LineState);
        var continued = false;
        steps = 0;
        var rest = code.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            var cursor = new LineCursor(line, output);
            if (!language.IsConsole) state = language.Scanner.ScanLine(ref cursor, state);
            else ConsoleLine(ref cursor, language.Scanner, line, ref state, ref continued);
            steps += cursor.Steps + 1;
            if (end < 0) break;
            output.NewLine();
            rest = rest[(end + 1)..];
        }
        return output.ToString();
    }

    /// <summary>A console session: a line starting with a <c>$ </c> or <c>#</c> prompt (and the continuation lines of a
    /// command ending in <c>\</c>) is shell; every other line is the command's output.</summary>
    private static void ConsoleLine(ref LineCursor cursor, LanguageScanner shell, ReadOnlySpan<char> line, ref LineState state, ref bool continued)
    {
        var prompt = continued ? 0 : PromptLength(line);
        if (!continued && prompt == 0)
        {
            cursor.EmitRest(TokenClasses.Output);
            return;
        }
        if (!continued) state = default;
        cursor.Emit(prompt, TokenClasses.Prompt);
        cursor.StartLineHere();
        state = shell.ScanLine(ref cursor, state);
        continued = line.EndsWith('\\');
    }

    private static int PromptLength(ReadOnlySpan<char> line) =>
        line.StartsWith("$ ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal) ? 2
        : line is "$" or "#" ? 1
        : 0;

    /// <summary>The number of the first line longer than the limit, or 0.</summary>
    private static int LongLine(string code, int limit)
    {
        var rest = code.AsSpan();
        for (var number = 1; ; number++)
        {
            var end = rest.IndexOf('\n');
            if ((end < 0 ? rest.Length : end) > limit) return number;
            if (end < 0) return 0;
            rest = rest[(end + 1)..];
        }
    }

    private static HighlightResult Plain(string code, string why) => new(SpanWriter.Escape(code), why);
}
