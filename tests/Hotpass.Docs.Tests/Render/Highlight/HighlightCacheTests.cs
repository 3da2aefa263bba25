using Hotpass.Docs.Render.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight;

public sealed class HighlightCacheTests
{
    [Fact]
    public void A_repeated_block_is_tokenized_once_and_gets_the_same_html()
    {
        const string code = "pip install hotpass-cache-test==1.2.3\n";
        var language = LanguageCatalog.Find("bash")!;

        var first = HighlightCache.Highlight(code, language);
        var again = HighlightCache.Highlight(code, language);

        Assert.Same(first, again);
        Assert.Equal(CodeHighlighter.Highlight(code, language), first);
    }

    [Fact]
    public void The_same_text_in_another_language_is_highlighted_for_that_language()
    {
        const string code = "key: 'cache-test-value'\n";

        var yaml = HighlightCache.Highlight(code, LanguageCatalog.Find("yaml")!);
        var python = HighlightCache.Highlight(code, LanguageCatalog.Find("python")!);

        Assert.Equal(CodeHighlighter.Highlight(code, LanguageCatalog.Find("yaml")!).Html, yaml.Html);
        Assert.Equal(CodeHighlighter.Highlight(code, LanguageCatalog.Find("python")!).Html, python.Html);
        Assert.NotEqual(yaml.Html, python.Html);
    }

    [Fact]
    public void A_block_that_gave_up_keeps_its_reason_for_every_copy()
    {
        var code = "x" + new string('y', HighlightBudget.Default.MaxLineLength) + "\n";
        var language = LanguageCatalog.Find("python")!;

        var first = HighlightCache.Highlight(code, language);
        var again = HighlightCache.Highlight(code, language);

        Assert.NotNull(first.GaveUp);
        Assert.Equal(first.GaveUp, again.GaveUp);
    }
}
