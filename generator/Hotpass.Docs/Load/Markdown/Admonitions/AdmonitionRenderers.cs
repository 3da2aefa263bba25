using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>Writes a MkDocs or Docusaurus admonition.</summary>
internal sealed class AdmonitionRenderer : HtmlObjectRenderer<AdmonitionBlock>
{
    protected override void Write(HtmlRenderer renderer, AdmonitionBlock block) =>
        AdmonitionHtml.Write(renderer, block, block.Kind, block.Title, block.Collapsible, block.Open);
}

/// <summary>Writes a GitHub alert (<c>&gt; [!NOTE]</c>, parsed by Markdig's alert extension) as the same box.</summary>
internal sealed class GitHubAlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block) =>
        AdmonitionHtml.Write(renderer, block, AdmonitionKind.Of(block.Kind.AsSpan()), null, collapsible: false, open: false);
}
