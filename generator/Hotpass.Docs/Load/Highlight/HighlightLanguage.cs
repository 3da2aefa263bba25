using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight;

/// <summary>A language a code block can be highlighted in: its name, the scanner that tokenizes it, and whether the
/// block is a console session (prompt lines highlighted as shell, output told apart).</summary>
internal sealed class HighlightLanguage
{
    internal HighlightLanguage(string name, LanguageScanner scanner, bool isConsole = false)
    {
        Name = name;
        Scanner = scanner;
        IsConsole = isConsole;
    }

    /// <summary>The language's canonical name (<c>bash</c>, <c>yaml</c>, <c>console</c>), reported in diagnostics.</summary>
    public string Name { get; }

    /// <summary>Whether the block is a console session rather than source.</summary>
    public bool IsConsole { get; }

    internal LanguageScanner Scanner { get; }

    public override string ToString() => Name;
}
