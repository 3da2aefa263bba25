namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Toml: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class TomlTests
{
    [Fact]
    public void Tables_keys_and_values() => Highlighted.Check("toml",
            """
            # top
            [server]
            port = 8080
            host = "localhost" # inline
            enabled = false
            when = 1979-05-27T07:32:00Z
            [[products]]
            """,
            """
            <span class="hl-com"># top</span>
            <span class="hl-ty">[server]</span>
            <span class="hl-key">port</span> = <span class="hl-num">8080</span>
            <span class="hl-key">host</span> = <span class="hl-str">"localhost"</span> <span class="hl-com"># inline</span>
            <span class="hl-key">enabled</span> = <span class="hl-const">false</span>
            <span class="hl-key">when</span> = <span class="hl-num">1979-05-27T07:32:00Z</span>
            <span class="hl-ty">[[products]]</span>
            """);

    [Fact]
    public void Quoted_and_dotted_keys_and_literal_strings() => Highlighted.Check("toml",
            """
            "quoted".key = 'C:\path'
            dotted.key = "a\"b"
            """,
            """
            <span class="hl-key">"quoted"</span>.<span class="hl-key">key</span> = <span class="hl-str">'C:\path'</span>
            <span class="hl-key">dotted</span>.<span class="hl-key">key</span> = <span class="hl-str">"a</span><span class="hl-const">\"</span><span class="hl-str">b"</span>
            """);

    [Fact]
    public void A_multi_line_string_and_an_array_over_lines() => Highlighted.Check("toml",
            """"
            doc = """first
            second"""
            arr = [
              1, 2,
              [3],
            ]
            inline = { a = true, b = "x" }
            """",
            """"
            <span class="hl-key">doc</span> = <span class="hl-str">"""first</span>
            <span class="hl-str">second"""</span>
            <span class="hl-key">arr</span> = [
              <span class="hl-num">1</span>, <span class="hl-num">2</span>,
              [<span class="hl-num">3</span>],
            ]
            <span class="hl-key">inline</span> = { <span class="hl-key">a</span> = <span class="hl-const">true</span>, <span class="hl-key">b</span> = <span class="hl-str">"x"</span> }
            """");
}
