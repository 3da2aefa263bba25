namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Ini: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class IniTests
{
    [Fact]
    public void Sections_keys_values_and_comments() => Highlighted.Check("ini",
            """
            ; comment
            [db]
            host = localhost
            port=5432
            enabled = true
            name: "quoted" ; trailing
            # hash comment
            """,
            """
            <span class="hl-com">; comment</span>
            <span class="hl-ty">[db]</span>
            <span class="hl-key">host</span> <span class="hl-op">=</span> localhost
            <span class="hl-key">port</span><span class="hl-op">=</span><span class="hl-num">5432</span>
            <span class="hl-key">enabled</span> <span class="hl-op">=</span> <span class="hl-const">true</span>
            <span class="hl-key">name</span><span class="hl-op">:</span> <span class="hl-str">"quoted"</span> <span class="hl-com">; trailing</span>
            <span class="hl-com"># hash comment</span>
            """);

    [Fact]
    public void Cfg_and_conf_files_read_the_same() => Highlighted.Check("cfg",
            """
            [metadata]
            name = hotpass
              indented = 1
            """,
            """
            <span class="hl-ty">[metadata]</span>
            <span class="hl-key">name</span> <span class="hl-op">=</span> hotpass
              <span class="hl-key">indented</span> <span class="hl-op">=</span> <span class="hl-num">1</span>
            """);
}
