using System.Diagnostics;
using System.Globalization;
using TextMateSharp.Grammars;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>Highlights a code block at build time with the TextMate grammars TextMateSharp bundles, within a
/// <see cref="HighlightBudget"/>; a block that exceeds it comes back plain, with the reason.</summary>
public static class CodeHighlighter
{
    /// <summary>The block's inner HTML: token spans when highlighting succeeds, escaped text otherwise.</summary>
    /// <param name="code">The block's text, lines separated by <c>\n</c>, ending with one.</param>
    public static HighlightResult Highlight(string code, HighlightLanguage language, HighlightBudget? budget = null)
    {
        budget ??= HighlightBudget.Default;
        if (code.Length > budget.MaxBlockLength)
            return Plain(code, $"the block is longer than {budget.MaxBlockLength} characters");
        var lines = SplitLines(code);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Length > budget.MaxLineLength)
                return Plain(code, $"line {i + 1} of the block is longer than {budget.MaxLineLength} characters");

        // TextMateSharp lower-cases names with the current culture: under tr-TR the 'i' of "ini" no longer matches.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var set = GrammarPool.Rent();
        try
        {
            var grammar = set.Get(language.Scope);
            if (grammar is null) return new HighlightResult(SpanWriter.Escape(code), null);
            // The first block a grammar sees also pays for compiling the rules it meets; a second try runs on compiled
            // rules, so only a block that is slow by itself gives up.
            var first = Tokenize(grammar, language, lines, budget);
            return first.GaveUp is null ? first : Tokenize(grammar, language, lines, budget) is { GaveUp: null } second ? second : Plain(code, first.GaveUp);
        }
        finally
        {
            GrammarPool.Return(set);
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static HighlightResult Tokenize(IGrammar grammar, HighlightLanguage language, string[] lines, HighlightBudget budget)
    {
        var session = new Tokenizing(grammar, budget);
        var html = language.IsConsole ? session.Console(lines) : session.Source(lines);
        return new HighlightResult(html ?? "", session.GaveUp);
    }

    private static HighlightResult Plain(string code, string? why) => new(SpanWriter.Escape(code), why);

    private static string[] SplitLines(string code)
    {
        var text = code.EndsWith('\n') ? code[..^1] : code;
        return text.Split('\n');
    }

    /// <summary>One block's tokenizing, timed against the budget.</summary>
    private sealed class Tokenizing(IGrammar grammar, HighlightBudget budget)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly SpanWriter _out = new();

        public string? GaveUp { get; private set; }

        public string? Source(string[] lines)
        {
            IStateStack? state = null;
            for (var i = 0; i < lines.Length; i++)
            {
                if (!Line(lines[i], i, ref state)) return null;
                _out.NewLine();
            }
            return _out.ToString();
        }

        /// <summary>A console session: lines starting with a <c>$ </c> or <c># </c> prompt (and the continuation lines of a
        /// command ending in <c>\</c>) are shell; every other line is the command's output, left as it printed.</summary>
        public string? Console(string[] lines)
        {
            IStateStack? state = null;
            var continued = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var prompt = continued ? 0 : PromptLength(line);
                if (continued || prompt > 0)
                {
                    if (!continued) state = null;
                    _out.Write(line.AsSpan(0, prompt), "hl-prompt");
                    if (!Line(line[prompt..], i, ref state)) return null;
                    continued = line.EndsWith('\\');
                }
                else
                {
                    _out.Write(line, "hl-out");
                }
                _out.NewLine();
            }
            return _out.ToString();
        }

        private static int PromptLength(string line) =>
            line.StartsWith("$ ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal) ? 2
            : line is "$" or "#" ? 1
            : 0;

        private bool Line(string line, int index, ref IStateStack? state)
        {
            var result = Tokenize(line, state, out var took);
            // A grammar compiles its rules the first time a line needs them, which can take longer than the line
            // itself; a second try runs on compiled rules, so only a line that is slow by itself gives up.
            if (took >= budget.LineTime) result = Tokenize(line, state, out took);
            if (took >= budget.LineTime)
            {
                GaveUp = $"line {index + 1} took over {budget.LineTime.TotalMilliseconds:0} ms to highlight";
                return false;
            }
            if (_clock.Elapsed >= budget.BlockTime)
            {
                GaveUp = $"the block took over {budget.BlockTime.TotalMilliseconds:0} ms to highlight";
                return false;
            }
            state = result.RuleStack;
            var at = 0;
            foreach (var token in result.Tokens)
            {
                var start = Math.Clamp(token.StartIndex, at, line.Length);
                var end = Math.Clamp(token.EndIndex, start, line.Length);
                if (start > at) _out.Write(line.AsSpan(at, start - at), null);
                _out.Write(line.AsSpan(start, end - start), TokenClasses.For(token.Scopes));
                at = end;
            }
            if (at < line.Length) _out.Write(line.AsSpan(at), null);
            return true;
        }

        private ITokenizeLineResult Tokenize(string line, IStateStack? state, out TimeSpan took)
        {
            var started = _clock.Elapsed;
            var result = grammar.TokenizeLine(line, state, budget.LineTime);
            took = _clock.Elapsed - started;
            return result;
        }
    }
}
