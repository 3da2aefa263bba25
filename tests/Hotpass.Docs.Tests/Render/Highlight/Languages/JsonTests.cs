namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Json: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class JsonTests
{
    [Fact]
    public void Keys_strings_numbers_and_constants() => Highlighted.Check("json",
            """
            {"a": 1, "b": [true, null, -2.5e3], "c\"d": "x\u0041y"}
            """,
            """
            {<span class="hl-key">"a"</span>: <span class="hl-num">1</span>, <span class="hl-key">"b"</span>: [<span class="hl-const">true</span>, <span class="hl-const">null</span>, -<span class="hl-num">2.5e3</span>], <span class="hl-key">"c\"d"</span>: <span class="hl-str">"x</span><span class="hl-const">\u0041</span><span class="hl-str">y"</span>}
            """);

    [Fact]
    public void Markup_in_a_string_is_escaped() => Highlighted.Check("json",
            """
            "</code>&"
            """,
            """
            <span class="hl-str">"&lt;/code&gt;&amp;"</span>
            """);

    [Fact]
    public void Comments_as_jsonc_writes_them() => Highlighted.Check("jsonc",
            """
            {
              // line
              /* block
              more */ "k": "v"
            }
            """,
            """
            {
              <span class="hl-com">// line</span>
              <span class="hl-com">/* block</span>
            <span class="hl-com">  more */</span> <span class="hl-key">"k"</span>: <span class="hl-str">"v"</span>
            }
            """);
}
