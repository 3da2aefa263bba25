namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Diff: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class DiffTests
{
    [Fact]
    public void Headers_hunks_additions_and_removals() => Highlighted.Check("diff",
            """
            diff --git a/x b/x
            index 1..2 100644
            --- a/x
            +++ b/x
            @@ -1,3 +1,3 @@ def f():
             context
            -old
            +new
            \ No newline at end of file
            """,
            """
            <span class="hl-meta">diff --git a/x b/x</span>
            <span class="hl-meta">index 1..2 100644</span>
            <span class="hl-meta">--- a/x</span>
            <span class="hl-meta">+++ b/x</span>
            <span class="hl-meta">@@ -1,3 +1,3 @@</span> def f():
             context
            <span class="hl-del">-old</span>
            <span class="hl-ins">+new</span>
            <span class="hl-com">\ No newline at end of file</span>
            """);

    [Fact]
    public void Inside_a_hunk_a_removed_line_that_reads_like_a_header_is_removed() => Highlighted.Check("patch",
            """
            @@ -1,2 +1,1 @@
            --- looks like a header
            -- sql comment
            +++ added line
            --- a/next
            """,
            """
            <span class="hl-meta">@@ -1,2 +1,1 @@</span>
            <span class="hl-del">--- looks like a header</span>
            <span class="hl-del">-- sql comment</span>
            <span class="hl-ins">+++ added line</span>
            <span class="hl-meta">--- a/next</span>
            """);

    [Fact]
    public void A_snippet_without_a_hunk_header_goes_by_the_first_character() => Highlighted.Check("diff",
            """
            -old
            +new
             same
            """,
            """
            <span class="hl-del">-old</span>
            <span class="hl-ins">+new</span>
             same
            """);
}
