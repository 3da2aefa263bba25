namespace Hotpass.Docs.Render.Markdown;

/// <summary>A page body rendered to safe HTML, with the headings it holds.</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc);
