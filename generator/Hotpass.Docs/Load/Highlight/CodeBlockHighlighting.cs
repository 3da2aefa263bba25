using Hotpass.Docs.Diagnostics;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Highlight;

/// <summary>The render step that highlights a page's fenced code blocks before the HTML is written, so a block that
/// gives up can be reported at its line; the block renderer then only copies the stored HTML.</summary>
internal static class CodeBlockHighlighting
{
    private static readonly object HtmlKey = typeof(CodeBlockHighlighting);

    public static void Apply(MarkdownDocument document, PageSource page, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>())
        {
            var language = LanguageCatalog.Find(block.Info);
            if (language is null) continue;
            var result = CodeHighlighter.Highlight(CodeOf(block), language);
            block.SetData(HtmlKey, result.Html);
            if (result.GaveUp is not null)
                diagnostics.Report(DiagnosticCodes.HighlightGaveUp,
                    new SourceLocation(page.SourcePath, block.Line + page.BodyFirstLine, block.Column + 1), language.Name, result.GaveUp);
        }
    }

    /// <summary>The highlighted inner HTML stored for a block, or null when it is to be written as plain text.</summary>
    public static string? HtmlOf(CodeBlock block) => block.GetData(HtmlKey) as string;

    /// <summary>A block's text as the reader sees it: its lines, each ending with a newline.</summary>
    public static string CodeOf(CodeBlock block)
    {
        var code = block.Lines.ToString();
        return code.Length > 0 && !code.EndsWith('\n') ? code + "\n" : code;
    }
}
