using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>A real snippet in each language added for issue 25 (<c>Fixtures/highlight/NAME.EXT</c>, NAME a fence name),
/// highlighted as a fenced block would be and compared with its golden HTML (<c>Golden/highlight/NAME.html</c>).</summary>
public sealed class SnippetTests
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.TestProject, "Fixtures", "highlight")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_real_snippet_highlights_to_its_golden_html(string file)
    {
        var language = Path.GetFileNameWithoutExtension(file);
        var code = File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Fixtures", "highlight", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Golden.Verify($"highlight/{language}.html", Highlighted.Html(language, code));
    }
}
