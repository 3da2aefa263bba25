namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Yaml: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class YamlTests
{
    [Fact]
    public void Keys_plain_scalars_numbers_constants_and_comments() => Highlighted.Check("yaml",
            """
            name: hotpass # app
            port: 8080
            ratio: -1.5e3
            enabled: true
            nothing: ~
            url: http://x:1/a#b
            """,
            """
            <span class="hl-key">name</span>: <span class="hl-str">hotpass</span> <span class="hl-com"># app</span>
            <span class="hl-key">port</span>: <span class="hl-num">8080</span>
            <span class="hl-key">ratio</span>: <span class="hl-num">-1.5e3</span>
            <span class="hl-key">enabled</span>: <span class="hl-const">true</span>
            <span class="hl-key">nothing</span>: <span class="hl-const">~</span>
            <span class="hl-key">url</span>: <span class="hl-str">http://x:1/a#b</span>
            """);

    [Fact]
    public void Anchors_aliases_tags_quoted_keys_and_escapes() => Highlighted.Check("yml",
            """
            base: &base
              "quoted key": 'it''s'
              tag: !!str 123
              msg: "tab\there"
            ref: *base
            """,
            """
            <span class="hl-key">base</span>: <span class="hl-var">&amp;base</span>
              <span class="hl-key">"quoted key"</span>: <span class="hl-str">'it</span><span class="hl-const">''</span><span class="hl-str">s'</span>
              <span class="hl-key">tag</span>: <span class="hl-ty">!!str</span> <span class="hl-num">123</span>
              <span class="hl-key">msg</span>: <span class="hl-str">"tab</span><span class="hl-const">\t</span><span class="hl-str">here"</span>
            <span class="hl-key">ref</span>: <span class="hl-var">*base</span>
            """);

    [Fact]
    public void A_block_scalar_is_text_while_indented_past_its_key() => Highlighted.Check("yaml",
            """
            steps:
              - run: |
                  echo hi

                  # not a comment
              - name: x
            """,
            """
            <span class="hl-key">steps</span>:
              - <span class="hl-key">run</span>: <span class="hl-op">|</span>
            <span class="hl-str">      echo hi</span>

            <span class="hl-str">      # not a comment</span>
              - <span class="hl-key">name</span>: <span class="hl-str">x</span>
            """);

    [Fact]
    public void Flow_collections_sequences_and_document_markers() => Highlighted.Check("yaml",
            """
            %YAML 1.2
            ---
            ports: [8080, "a: b", {x: 1}]
            list:
              - a
              - key: value
            ...
            """,
            """
            <span class="hl-meta">%YAML 1.2</span>
            <span class="hl-meta">---</span>
            <span class="hl-key">ports</span>: [<span class="hl-num">8080</span>, <span class="hl-str">"a: b"</span>, {<span class="hl-key">x</span>: <span class="hl-num">1</span>}]
            <span class="hl-key">list</span>:
              - <span class="hl-str">a</span>
              - <span class="hl-key">key</span>: <span class="hl-str">value</span>
            <span class="hl-meta">...</span>
            """);

    [Fact]
    public void A_double_quoted_scalar_runs_over_lines() => Highlighted.Check("yaml",
            """
            text: "first
              second"
            next: 1
            """,
            """
            <span class="hl-key">text</span>: <span class="hl-str">"first</span>
            <span class="hl-str">  second"</span>
            <span class="hl-key">next</span>: <span class="hl-num">1</span>
            """);
}
