using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>An admonition as MkDocs (<c>!!! note "Title"</c>, indented body; <c>???</c> collapsible) or Docusaurus
/// (<c>:::note Title</c> … <c>:::</c>) users write it: a container of blocks with a kind and a title.</summary>
/// <remarks>A <see cref="CustomContainer"/>, so the fenced (Docusaurus) form has the fence fields Markdig's fenced parser
/// sets; the MkDocs form leaves them unset.</remarks>
internal sealed class AdmonitionBlock(BlockParser parser) : CustomContainer(parser)
{
    public AdmonitionKind Kind { get; set; } = AdmonitionKind.Of("note");

    /// <summary>The title as written (plain text, escaped when written); null for the kind's default title, and empty for
    /// none shown (MkDocs' <c>!!! note ""</c>).</summary>
    public string? Title { get; set; }

    /// <summary>Written as <c>&lt;details&gt;</c> (MkDocs' <c>???</c>), open at first when <see cref="Open"/> (<c>???+</c>).</summary>
    public bool Collapsible { get; set; }

    public bool Open { get; set; }
}
