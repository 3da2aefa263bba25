namespace Hotpass.Docs.Render.Markdown;

/// <summary>One heading in a page's "on this page" table of contents.</summary>
internal sealed record TocEntry(int Level, string Id, string Text);
