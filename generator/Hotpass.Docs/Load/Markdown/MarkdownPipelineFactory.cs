using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Hotpass.Docs.Load.Markdown.Admonitions;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Assembles the Markdig pipeline the site uses: GitHub-style markdown, admonitions as MkDocs, Docusaurus and
/// GitHub write them, build-time highlighting, and a link to each heading beside it.</summary>
/// <remarks>Generic attributes stay off: they would let a page add <c>onclick</c> and friends to any element.</remarks>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipelineBuilder CreateBuilder()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseTaskLists()
            .UseFootnotes()
            .UseAlertBlocks()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseDefinitionLists();
        builder.Extensions.Add(new CodeHighlightExtension());
        builder.Extensions.Add(new AccessibleTaskListExtension());
        builder.Extensions.Add(new ScrollingTableExtension());
        builder.Extensions.Add(new AdmonitionExtension());
        builder.Extensions.Add(new HeadingAnchorExtension());
        return builder;
    }
}
