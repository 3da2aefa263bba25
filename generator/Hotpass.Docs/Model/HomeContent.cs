namespace Hotpass.Docs.Model;

/// <summary>The home page: cards for every section, under the site's own <c>index.md</c> when it has one.</summary>
internal sealed record HomeContent(MarkdownContent? Body) : PageContent
{
    public override MarkdownContent? Markdown => Body;

    public override string Kind => "home";
}
