using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;

namespace Hotpass.Docs.Model;

/// <summary>A page written in markdown: its loaded source and the document parsed from it.</summary>
public sealed record MarkdownContent(PageSource Source, PageDocument Document) : PageContent
{
    public override MarkdownContent? Markdown => this;

    public override bool IsListed => true;
}
