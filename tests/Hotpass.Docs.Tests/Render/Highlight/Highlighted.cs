using Hotpass.Docs.Load.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight;

/// <summary>Highlighting a snippet in a named language, as a fenced block would be.</summary>
internal static class Highlighted
{
    public static string Html(string language, string code)
    {
        var found = LanguageCatalog.Find(language);
        Assert.True(found is not null, $"no language '{language}'");
        var result = CodeHighlighter.Highlight(code, found);
        Assert.Null(result.GaveUp);
        return result.Html;
    }

    /// <summary>Asserts the snippet (given without its final newline, as a raw literal writes it) highlights to exactly
    /// the expected HTML.</summary>
    public static void Check(string language, string code, string expected) => Assert.Equal(expected + "\n", Html(language, code + "\n"));
}
