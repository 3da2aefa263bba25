namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Console: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class ConsoleTests
{
    [Fact]
    public void Prompt_lines_are_shell_continuations_too_and_other_lines_are_output() => Highlighted.Check("console",
            """
            $ hotpass run \
              --dry-run
            refined 3 rows <ok>
            # echo hi
            $
            """,
            """
            <span class="hl-prompt">$ </span>hotpass run \
              <span class="hl-attr">--dry-run</span>
            <span class="hl-out">refined 3 rows &lt;ok&gt;</span>
            <span class="hl-prompt"># </span><span class="hl-fn">echo</span> hi
            <span class="hl-prompt">$</span>
            """);

    [Fact]
    public void A_string_left_open_on_a_command_line_does_not_swallow_the_output() => Highlighted.Check("terminal",
            """
            $ echo "it
            it
            """,
            """
            <span class="hl-prompt">$ </span><span class="hl-fn">echo</span> <span class="hl-str">"it</span>
            <span class="hl-out">it</span>
            """);
}
