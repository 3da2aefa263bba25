namespace Hotpass.Docs.Render.Highlight;

/// <summary>Limits that keep one hostile code block from stalling the build. The size limits are checked first and are
/// exact, so most hostile blocks are refused the same way on every run; the time limits are the backstop for
/// grammars whose regular expressions backtrack, set far above what a real block takes (well under a millisecond a
/// line) so ordinary output never depends on machine load.</summary>
/// <param name="MaxLineLength">A longer line is not tokenized (editors stop at a similar length).</param>
/// <param name="MaxBlockLength">A larger block, in characters, is published plain.</param>
/// <param name="LineTime">What one line may take before TextMateSharp stops matching it.</param>
/// <param name="BlockTime">What a whole block may take. A line or block over its limit gets one more try (see
/// <see cref="CodeHighlighter"/>), so the worst block costs about twice this.</param>
public sealed record HighlightBudget(int MaxLineLength, int MaxBlockLength, TimeSpan LineTime, TimeSpan BlockTime)
{
    public static HighlightBudget Default { get; } =
        new(MaxLineLength: 2_000, MaxBlockLength: 200_000, LineTime: TimeSpan.FromMilliseconds(250), BlockTime: TimeSpan.FromSeconds(1));
}
