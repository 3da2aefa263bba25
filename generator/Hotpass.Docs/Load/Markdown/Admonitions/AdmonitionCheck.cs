using Hotpass.Docs.Diagnostics;
using Markdig.Extensions.Alerts;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>Reports each admonition of a parsed page whose type the theme does not know, at its line; it is still
/// written, as a neutral box.</summary>
internal static class AdmonitionCheck
{
    public static void Apply(MarkdownDocument document, PageSource page, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<ContainerBlock>())
        {
            var kind = block switch
            {
                AdmonitionBlock admonition => admonition.Kind,
                AlertBlock alert => AdmonitionKind.Of(alert.Kind.AsSpan()),
                _ => null,
            };
            if (kind is null || kind.IsKnown) continue;
            diagnostics.Report(DiagnosticCodes.UnknownAdmonition,
                new SourceLocation(page.SourcePath, block.Line + page.BodyFirstLine, block.Column + 1),
                kind.Type, string.Join(", ", AdmonitionKind.Styles));
        }
    }
}
