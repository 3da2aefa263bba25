namespace Hotpass.Docs.Model;

/// <summary>A section's index page: cards for the section's pages, under its <c>index.md</c> when it has one
/// (else the generator makes the page).</summary>
internal sealed record SectionIndexContent(MarkdownContent? Body) : PageContent
{
    public override MarkdownContent? Markdown => Body;

    public override string Kind => "section";
}
