namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>CSharp: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class CSharpTests
{
    [Fact]
    public void Keywords_declarations_calls_numbers_and_comments() => Highlighted.Check("csharp",
            """
            public static int FooBar(int x) // note
            {
                var n = new List<int>().Count + 0x1F + 1.5e-3f; return n;
            }
            """,
            """
            <span class="hl-kw">public</span> <span class="hl-kw">static</span> <span class="hl-kw">int</span> <span class="hl-fn">FooBar</span>(<span class="hl-kw">int</span> x) <span class="hl-com">// note</span>
            {
                <span class="hl-kw">var</span> n <span class="hl-op">=</span> <span class="hl-kw">new</span> <span class="hl-ty">List</span><span class="hl-op">&lt;</span><span class="hl-kw">int</span><span class="hl-op">&gt;</span>().Count <span class="hl-op">+</span> <span class="hl-num">0x1F</span> <span class="hl-op">+</span> <span class="hl-num">1.5e-3f</span>; <span class="hl-kw">return</span> n;
            }
            """);

    [Fact]
    public void Verbatim_strings_run_over_lines_and_double_their_quotes() => Highlighted.Check("cs",
            """
            var s = @"a ""b""
              c"; var t = $@"{x}\d";
            """,
            """
            <span class="hl-kw">var</span> s <span class="hl-op">=</span> <span class="hl-str">@"a </span><span class="hl-const">""</span><span class="hl-str">b</span><span class="hl-const">""</span>
            <span class="hl-str">  c"</span>; <span class="hl-kw">var</span> t <span class="hl-op">=</span> <span class="hl-str">$@"{x}\d"</span>;
            """);

    [Fact]
    public void Interpolated_raw_and_character_literals() => Highlighted.Check("c#",
            """"
            var t = $"n={n}\n"; char c = '\''; var r = """
              raw "text"
              """;
            """",
            """"
            <span class="hl-kw">var</span> t <span class="hl-op">=</span> <span class="hl-str">$"n={n}</span><span class="hl-const">\n</span><span class="hl-str">"</span>; <span class="hl-kw">char</span> c <span class="hl-op">=</span> <span class="hl-str">'</span><span class="hl-const">\'</span><span class="hl-str">'</span>; <span class="hl-kw">var</span> r <span class="hl-op">=</span> <span class="hl-str">"""</span>
            <span class="hl-str">  raw "text"</span>
            <span class="hl-str">  """</span>;
            """");

    [Fact]
    public void Directives_and_a_block_comment_over_lines() => Highlighted.Check("csharp",
            """
            #region Setup
            /* first
               second */ record struct Point(int X);
            #endregion
            """,
            """
            <span class="hl-meta">#region Setup</span>
            <span class="hl-com">/* first</span>
            <span class="hl-com">   second */</span> <span class="hl-kw">record</span> <span class="hl-kw">struct</span> <span class="hl-ty">Point</span>(<span class="hl-kw">int</span> X);
            <span class="hl-meta">#endregion</span>
            """);
}
