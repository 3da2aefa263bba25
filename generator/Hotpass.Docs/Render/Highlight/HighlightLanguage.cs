namespace Hotpass.Docs.Render.Highlight;

/// <summary>A language a code block can be highlighted in: the TextMate grammar scope that tokenizes it, and whether
/// the block is a console session (prompt lines highlighted as shell, output left plain).</summary>
public sealed record HighlightLanguage(string Name, string Scope, bool IsConsole = false);
