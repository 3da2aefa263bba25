namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>JavaScript: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class JavaScriptTests
{
    [Fact]
    public void Keywords_templates_over_lines_and_calls() => Highlighted.Check("js",
            """
            export function f(a) { return `x ${a}
              y` + g(1) /* c */; }
            """,
            """
            <span class="hl-kw">export</span> <span class="hl-kw">function</span> <span class="hl-fn">f</span>(a) { <span class="hl-kw">return</span> <span class="hl-str">`x ${a}</span>
            <span class="hl-str">  y`</span> <span class="hl-op">+</span> <span class="hl-fn">g</span>(<span class="hl-num">1</span>) <span class="hl-com">/* c */</span>; }
            """);

    [Fact]
    public void TypeScript_adds_its_own_keywords() => Highlighted.Check("ts",
            """
            interface Point { x: number; readonly y?: string }
            const p: Point = new Point();
            """,
            """
            <span class="hl-kw">interface</span> <span class="hl-ty">Point</span> { x<span class="hl-op">:</span> <span class="hl-kw">number</span>; <span class="hl-kw">readonly</span> y<span class="hl-op">?:</span> <span class="hl-kw">string</span> }
            <span class="hl-kw">const</span> p<span class="hl-op">:</span> Point <span class="hl-op">=</span> <span class="hl-kw">new</span> <span class="hl-ty">Point</span>();
            """);
}
