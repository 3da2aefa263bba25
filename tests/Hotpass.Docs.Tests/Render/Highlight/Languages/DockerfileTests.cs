namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Dockerfile: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class DockerfileTests
{
    [Fact]
    public void Instructions_stages_options_and_comments() => Highlighted.Check("dockerfile",
            """
            # syntax=docker/dockerfile:1
            FROM python:3.12 AS build
            COPY --from=build /app /app
            cmd ["python", "-m", "app"]
            """,
            """
            <span class="hl-com"># syntax=docker/dockerfile:1</span>
            <span class="hl-kw">FROM</span> python:3.12 <span class="hl-kw">AS</span> build
            <span class="hl-kw">COPY</span> <span class="hl-attr">--from</span>=build /app /app
            <span class="hl-kw">cmd</span> [<span class="hl-str">"python"</span>, <span class="hl-str">"-m"</span>, <span class="hl-str">"app"</span>]
            """);

    [Fact]
    public void A_continued_instruction_is_shell_and_its_next_line_no_instruction() => Highlighted.Check("containerfile",
            """
            RUN apt-get update \
                && apt-get install -y curl "$PKG" \
                # comment
                run
            ENV A=1
            """,
            """
            <span class="hl-kw">RUN</span> apt-get update \
                <span class="hl-op">&amp;&amp;</span> apt-get install <span class="hl-attr">-y</span> curl <span class="hl-str">"</span><span class="hl-var">$PKG</span><span class="hl-str">"</span> \
                <span class="hl-com"># comment</span>
                run
            <span class="hl-kw">ENV</span> <span class="hl-var">A</span><span class="hl-op">=</span><span class="hl-num">1</span>
            """);
}
