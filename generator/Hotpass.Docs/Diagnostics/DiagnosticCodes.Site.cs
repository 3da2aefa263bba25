namespace Hotpass.Docs.Diagnostics;

// The reader-facing site: highlighting, search, theme (HPD150–HPD159, HPD240–HPD249).
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor HighlightGaveUp = new(
        "HPD150", Severity.Warning, "Code block not highlighted",
        "Code block in '{0}' was published without highlighting: {1}", ExitClass.Gate,
        Help: "The block is too long, has a very long line, or makes the grammar backtrack. Split it, shorten the line, "
            + "or mark it as plain text (```text) if it is not really code in that language.");
}
