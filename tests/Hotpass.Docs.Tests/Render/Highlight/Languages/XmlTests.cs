namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Xml: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class XmlTests
{
    [Fact]
    public void Tags_attributes_values_and_entities() => Highlighted.Check("xml",
            """
            <Project Sdk="Microsoft.NET.Sdk" a='b' c=d>
              <Item Include="x &amp; y" />
              text &lt; &bad
            </Project>
            """,
            """
            &lt;<span class="hl-tag">Project</span> <span class="hl-attr">Sdk</span>=<span class="hl-str">"Microsoft.NET.Sdk"</span> <span class="hl-attr">a</span>=<span class="hl-str">'b'</span> <span class="hl-attr">c</span>=<span class="hl-str">d</span>&gt;
              &lt;<span class="hl-tag">Item</span> <span class="hl-attr">Include</span>=<span class="hl-str">"x &amp;amp; y"</span> /&gt;
              text <span class="hl-const">&amp;lt;</span> &amp;bad
            &lt;/<span class="hl-tag">Project</span>&gt;
            """);

    [Fact]
    public void Comments_instructions_and_cdata_over_lines() => Highlighted.Check("csproj",
            """
            <?xml version="1.0"?>
            <!-- a
            comment -->
            <![CDATA[ raw <
            ]]><a/>
            """,
            """
            <span class="hl-meta">&lt;?xml version="1.0"?&gt;</span>
            <span class="hl-com">&lt;!-- a</span>
            <span class="hl-com">comment --&gt;</span>
            <span class="hl-str">&lt;![CDATA[ raw &lt;</span>
            <span class="hl-str">]]&gt;</span>&lt;<span class="hl-tag">a</span>/&gt;
            """);

    [Fact]
    public void Html_and_an_attribute_value_over_lines() => Highlighted.Check("html",
            """
            <!DOCTYPE html>
            <p class="x
              y">hi <b>there</b></p>
            """,
            """
            <span class="hl-meta">&lt;!DOCTYPE html&gt;</span>
            &lt;<span class="hl-tag">p</span> <span class="hl-attr">class</span>=<span class="hl-str">"x</span>
            <span class="hl-str">  y"</span>&gt;hi &lt;<span class="hl-tag">b</span>&gt;there&lt;/<span class="hl-tag">b</span>&gt;&lt;/<span class="hl-tag">p</span>&gt;
            """);
}
