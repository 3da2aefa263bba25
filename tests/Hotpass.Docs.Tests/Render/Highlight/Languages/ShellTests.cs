namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Shell: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class ShellTests
{
    [Fact]
    public void Builtins_variables_inside_double_quotes_operators_and_a_comment() => Highlighted.Check("bash",
            """
            echo "$HOME" | grep x # note
            """,
            """
            <span class="hl-fn">echo</span> <span class="hl-str">"</span><span class="hl-var">$HOME</span><span class="hl-str">"</span> <span class="hl-op">|</span> grep x <span class="hl-com"># note</span>
            """);

    [Fact]
    public void Options_assignments_numbers_and_escapes() => Highlighted.Check("sh",
            """
            export FOO=bar && lorem-ipsum --dolor sit.txt --amet=123 -v 2>&1 \"x
            """,
            """
            <span class="hl-fn">export</span> <span class="hl-var">FOO</span><span class="hl-op">=</span>bar <span class="hl-op">&amp;&amp;</span> lorem-ipsum <span class="hl-attr">--dolor</span> sit.txt <span class="hl-attr">--amet</span>=<span class="hl-num">123</span> <span class="hl-attr">-v</span> <span class="hl-num">2</span><span class="hl-op">&gt;&amp;</span><span class="hl-num">1</span> <span class="hl-const">\"</span>x
            """);

    [Fact]
    public void A_quoted_string_runs_over_lines_and_single_quotes_expand_nothing() => Highlighted.Check("shell",
            """
            echo "multi
            line $1" '$NOT'
            """,
            """
            <span class="hl-fn">echo</span> <span class="hl-str">"multi</span>
            <span class="hl-str">line </span><span class="hl-var">$1</span><span class="hl-str">"</span> <span class="hl-str">'$NOT'</span>
            """);

    [Fact]
    public void Keywords_braced_and_special_variables_and_a_hash_inside_a_word() => Highlighted.Check("zsh",
            """
            if [ -f a#b ]; then echo ${X:-1} $? $#; fi
            """,
            """
            <span class="hl-kw">if</span> [ <span class="hl-attr">-f</span> a#b ]<span class="hl-op">;</span> <span class="hl-kw">then</span> <span class="hl-fn">echo</span> <span class="hl-var">${X:-1}</span> <span class="hl-var">$?</span> <span class="hl-var">$#</span><span class="hl-op">;</span> <span class="hl-kw">fi</span>
            """);
}
