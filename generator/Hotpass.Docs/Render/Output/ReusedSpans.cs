namespace Hotpass.Docs.Render.Output;

/// <summary>Where one page's HTML holds <see cref="ReusedOutput"/>s, in the order they were written: the facts scanner
/// takes their facts as drawn once instead of scanning them again.</summary>
/// <param name="page">The writer the page's HTML is rendered into: output written into anything else (a partial
/// rendered to be kept, a <c>capture</c>) is not at a known place in the page.</param>
internal sealed class ReusedSpans(StringWriter page)
{
    private readonly List<(int Start, ReusedOutput Output)> _spans = [];

    public IReadOnlyList<(int Start, ReusedOutput Output)> Spans => _spans;

    /// <summary>Records that <paramref name="output"/> is about to be written to <paramref name="writer"/>.</summary>
    public void Writing(TextWriter writer, ReusedOutput output)
    {
        if (ReferenceEquals(writer, page)) _spans.Add((page.GetStringBuilder().Length, output));
    }
}
