namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>One language's tokenizer, a line at a time: <see cref="Next"/> writes the token at the cursor and moves past
/// it. The loop in <see cref="ScanLine"/> moves on by one character whenever a scanner matched nothing, so no input can
/// stall a line, and every character a scanner looks at is counted in <see cref="LineCursor.Steps"/>, which the tests
/// hold to a small multiple of the input's length. Scanners hold no per-block fields, so one instance serves every
/// thread.</summary>
internal abstract class LanguageScanner
{
    /// <summary>Tokens that only a line's start decides (a diff line, a YAML block scalar's text, a Dockerfile instruction).</summary>
    public virtual LineState BeginLine(ref LineCursor line, LineState state) => state;

    /// <summary>Writes the token at the cursor; returns the state after it.</summary>
    public abstract LineState Next(ref LineCursor line, LineState state);

    /// <summary>The state the next line starts in, once this one is written.</summary>
    public virtual LineState EndLine(ref LineCursor line, LineState state) => state;

    public LineState ScanLine(ref LineCursor line, LineState state)
    {
        state = BeginLine(ref line, state);
        while (!line.AtEnd)
        {
            var before = line.At;
            state = Next(ref line, state);
            if (line.At == before) line.Emit(1, null);
        }
        return EndLine(ref line, state);
    }
}
