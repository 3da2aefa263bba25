using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Markdown;

/// <summary>Only <c>[ ]</c> or <c>[x]</c> followed by white space starts a task item, as on GitHub; <c>[x](url)</c> at
/// the start of a list item is the link it reads as, and the link gate checks it.</summary>
public sealed class StrictTaskListTests
{
    [Fact]
    public void A_link_whose_text_is_x_at_the_start_of_a_list_item_is_checked_by_the_link_gate()
    {
        using var site = new TempSite().Page("index.md", "Home", "- [x](missing.md)\n- [ ](other.md)\n");
        var result = site.Build(write: false);
        Assert.Equal("""
            content/index.md(4,3): error HPD200: Link 'missing.md' points to 'missing.html', which is not part of the site
            content/index.md(5,3): error HPD200: Link 'other.md' points to 'other.html', which is not part of the site
            """, TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void Task_items_written_as_github_writes_them_are_still_checkboxes()
    {
        using var site = new TempSite().Page("index.md", "Home", "- [x] done\n- [ ] todo\n- [x]\n");
        Assert.Equal(0, site.Build().ExitCode);
        var html = site.Read("index.html");
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\" /> done", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"Not done\" /> todo", html, StringComparison.Ordinal);
    }
}
