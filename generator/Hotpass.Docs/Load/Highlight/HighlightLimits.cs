namespace Hotpass.Docs.Load.Highlight;

/// <summary>Size limits past which a code block is published plain. The scanners run in linear time, so these bound
/// what one block costs and how large its HTML gets; they are exact, so the same block is refused the same way on
/// every machine, whatever its load.</summary>
/// <param name="MaxLineLength">A block with a longer line is published plain (editors stop highlighting near this).</param>
/// <param name="MaxBlockLength">A larger block, in characters, is published plain.</param>
internal sealed record HighlightLimits(int MaxLineLength, int MaxBlockLength)
{
    public static HighlightLimits Default { get; } = new(MaxLineLength: 2_000, MaxBlockLength: 200_000);
}
