using System.Text;
using CsCheck;
using Hotpass.Docs.Load.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight.Scanning;

/// <summary>What holds for every language on any input: the highlighted HTML is the input, escaped and wrapped in
/// balanced, unnested spans of the theme's classes; and the scanners look at each character a bounded number of times,
/// so no input makes them slow (counted in steps, never timed).</summary>
public sealed class ScannerPropertyTests
{
    /// <summary>The most steps a scanner may take per character of input (a line costs at least its newline). A
    /// scanner that went back over a line for each token would need thousands on these inputs.</summary>
    private const int StepsPerChar = 12;

    private static readonly HighlightLanguage[] Languages = [.. LanguageCatalog.All];

    // Pieces that open, close and escape tokens in some language, so random inputs meet every scanner's edge cases.
    private static readonly string[] Fragments =
    [
        "\"", "'", "`", "\\", "\"\"\"", "'''", "/*", "*/", "//", "#", "--", ";", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>",
        "<", ">", "</", "/>", "&", "&amp;", "&#1;", "=", ":", ": ", "- ", "|", ">-", "[", "]", "[[", "{", "}", "(", ")", ",",
        "$", "${", "$(", "$'", "@\"", "$\"", "$@\"", "$$", "@", "r'", "rb\"", "f\"", "0x1F", "1.5e-3", "-1", "12", "true",
        "null", "def ", "class ", "SELECT ", "FROM ", "new ", "var ", "if ", "--opt", "-v", "NAME=", "RUN ", "FROM ",
        "\\\n", "@@ -1,2 +1,3 @@", "@@ ", "+", "---", "+++ ", "diff ", "$ ", "# ", "&x", "*x", "!!str", "~", "%YAML",
        "key", "x", " ", "  ", "\t", "\n", "\n  ", "\r", "é", "😀", "\0",
    ];

    private static readonly Gen<string> Code = Gen.OneOf<string>(
        Gen.OneOf(Fragments).Array[0, 120].Select(string.Concat),
        Gen.String,
        Gen.Char["\"'\\<>&/*#-:\n $[]{}@|`"].Array[0, 300].Select(chars => new string(chars)));

    [Fact]
    public void Any_input_in_any_language_comes_back_exactly_inside_balanced_unnested_spans() =>
        Gen.Select(Gen.Int[0, Languages.Length - 1], Code).Sample((index, code) =>
        {
            var language = Languages[index];
            var html = CodeHighlighter.Scan(code, language, out var steps);
            Assert.Equal(code, TextOf(html, language.Name));
            Assert.True(steps <= StepsPerChar * (code.Length + 1), $"{language.Name}: {steps} steps for {code.Length} characters");
        }, iter: 3_000);

    public static TheoryData<string, string> Hostile()
    {
        var data = new TheoryData<string, string>();
        string[] pieces = ["\"", "\\", "<!--", "\"\"\"", "/*", "'", "${", "@@ -1 +1 @@", "&", ": ", "- ", "[", "{"];
        foreach (var piece in pieces)
        {
            data.Add(piece, Repeat(piece, 200_000, lineLength: 2_000));
            data.Add(piece + " one line", Repeat(piece, 200_000, lineLength: int.MaxValue));
        }
        data.Add("all of them", Repeat(string.Concat(pieces), 200_000, lineLength: 2_000));
        return data;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_language_finishes_hostile_input_in_linear_steps(string name, string code)
    {
        foreach (var language in Languages)
        {
            var html = CodeHighlighter.Scan(code, language, out var steps);
            Assert.True(steps <= StepsPerChar * (code.Length + 1), $"{language.Name} on {name}: {steps} steps for {code.Length} characters");
            Assert.Equal(code.Length, TextOf(html, language.Name).Length);
        }
    }

    /// <summary>The text inside the HTML, checking as it goes that spans are balanced, unnested, closed at each line's
    /// end and of the theme's classes, and that only the three escapes appear.</summary>
    private static string TextOf(string html, string language)
    {
        var text = new StringBuilder(html.Length);
        var open = false;
        for (var i = 0; i < html.Length;)
        {
            if (html.AsSpan(i).StartsWith("<span class=\"", StringComparison.Ordinal))
            {
                Assert.False(open, $"{language}: nested span at {i}");
                var end = html.IndexOf("\">", i, StringComparison.Ordinal);
                var cls = html[(i + 13)..end];
                Assert.Contains(cls, TokenClasses.All);
                open = true;
                i = end + 2;
            }
            else if (html.AsSpan(i).StartsWith("</span>", StringComparison.Ordinal))
            {
                Assert.True(open, $"{language}: close without open at {i}");
                open = false;
                i += 7;
            }
            else if (html[i] == '&')
            {
                var entity = html.AsSpan(i);
                var (c, length) = entity.StartsWith("&amp;", StringComparison.Ordinal) ? ('&', 5)
                    : entity.StartsWith("&lt;", StringComparison.Ordinal) ? ('<', 4)
                    : entity.StartsWith("&gt;", StringComparison.Ordinal) ? ('>', 4)
                    : throw new Xunit.Sdk.XunitException($"{language}: bare & at {i}");
                text.Append(c);
                i += length;
            }
            else
            {
                Assert.False(html[i] is '<' or '>', $"{language}: unescaped {html[i]} at {i}");
                Assert.False(html[i] == '\n' && open, $"{language}: a span runs past a line's end at {i}");
                text.Append(html[i++]);
            }
        }
        Assert.False(open, $"{language}: span left open");
        return text.ToString();
    }

    private static string Repeat(string piece, int length, int lineLength)
    {
        var text = new StringBuilder(length + piece.Length);
        var column = 0;
        while (text.Length < length)
        {
            if (column + piece.Length > lineLength - 1)
            {
                text.Append('\n');
                column = 0;
                continue;
            }
            text.Append(piece);
            column += piece.Length;
        }
        return text.ToString(0, length);
    }
}
