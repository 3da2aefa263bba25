namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>What a scanner carries from the end of one line to the start of the next: a token left open (a block
/// comment, a triple-quoted string, a YAML block scalar) and its argument. <see cref="Outer"/> belongs to a scanner
/// that wraps another (a Dockerfile wraps the shell's), so the inner one leaves it alone.</summary>
internal readonly record struct LineState(int Mode, int Arg = 0, int Outer = 0);
