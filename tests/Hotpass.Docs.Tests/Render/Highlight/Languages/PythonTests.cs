namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Python: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class PythonTests
{
    [Fact]
    public void Decorators_declarations_builtins_calls_and_comments() => Highlighted.Check("python",
            """
            @dataclass
            class Rotator(Base):
                def rotate(self, client, value=None):
                    return client.write("kv", n=len(value), x=0x1F)  # c
            """,
            """
            <span class="hl-fn">@dataclass</span>
            <span class="hl-kw">class</span> <span class="hl-ty">Rotator</span>(Base):
                <span class="hl-kw">def</span> <span class="hl-fn">rotate</span>(self, client, value<span class="hl-op">=</span><span class="hl-const">None</span>):
                    <span class="hl-kw">return</span> client.<span class="hl-fn">write</span>(<span class="hl-str">"kv"</span>, n<span class="hl-op">=</span><span class="hl-fn">len</span>(value), x<span class="hl-op">=</span><span class="hl-num">0x1F</span>)  <span class="hl-com"># c</span>
            """);

    [Fact]
    public void A_triple_quoted_string_runs_over_lines() => Highlighted.Check("py",
            """"
            def f():
                """Doc with "quotes"
                and more"""
                return '''a'''
            """",
            """"
            <span class="hl-kw">def</span> <span class="hl-fn">f</span>():
                <span class="hl-str">"""Doc with "quotes"</span>
            <span class="hl-str">    and more"""</span>
                <span class="hl-kw">return</span> <span class="hl-str">'''a'''</span>
            """");

    [Fact]
    public void String_prefixes_raw_and_cooked() => Highlighted.Check("python",
            """
            s = rb'\d+' + f"x{y}\n" + b'\x00' + R"\"" + rx
            """,
            """
            s <span class="hl-op">=</span> <span class="hl-str">rb'\d+'</span> <span class="hl-op">+</span> <span class="hl-str">f"x{y}</span><span class="hl-const">\n</span><span class="hl-str">"</span> <span class="hl-op">+</span> <span class="hl-str">b'</span><span class="hl-const">\x00</span><span class="hl-str">'</span> <span class="hl-op">+</span> <span class="hl-str">R"\""</span> <span class="hl-op">+</span> rx
            """);
}
