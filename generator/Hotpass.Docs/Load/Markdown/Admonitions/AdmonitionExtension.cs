using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>Markdig extension for admonitions as MkDocs, Docusaurus and GitHub users write them: the two block parsers
/// (ahead of the definition-list parser, which also opens on <c>:</c>), and one look for all three, GitHub alerts
/// included (add it after <c>UseAlertBlocks</c>).</summary>
internal sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<MkDocsAdmonitionParser>()) pipeline.BlockParsers.Insert(0, new MkDocsAdmonitionParser());
        if (!pipeline.BlockParsers.Contains<DocusaurusAdmonitionParser>()) pipeline.BlockParsers.Insert(0, new DocusaurusAdmonitionParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<AdmonitionRenderer>(new AdmonitionRenderer());
        html.ObjectRenderers.ReplaceOrAdd<AlertBlockRenderer>(new GitHubAlertRenderer());
    }
}
