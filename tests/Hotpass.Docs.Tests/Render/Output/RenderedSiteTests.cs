using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Render.Output;

public sealed class RenderedSiteTests
{
    private static RenderedFile File(string path) => new(new WrittenFile(path, OutputKind.Page, 0, ""), null, null);

    [Fact]
    public void Files_added_after_the_list_was_read_join_it_in_ordinal_order_and_a_list_handed_out_never_changes()
    {
        var site = new RenderedSite();
        foreach (var path in new[] { "b.html", "d.html", "B.html" }) site.Add(File(path));
        var before = site.Files;
        Assert.Equal(["B.html", "b.html", "d.html"], before.Select(f => f.OutputPath));

        site.Add(File("c.html"));
        site.Add(File("a.html"));
        site.Add(File("z/404.html"));
        Assert.False(site.Add(File("c.html")));
        Assert.Equal(["B.html", "a.html", "b.html", "c.html", "d.html", "z/404.html"], site.Files.Select(f => f.OutputPath));
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public void Files_added_from_many_threads_while_the_list_is_read_all_appear_once()
    {
        var site = new RenderedSite();
        Parallel.For(0, 2000, i =>
        {
            site.Add(File($"p{i:D4}.html"));
            if (i % 100 == 0) _ = site.Files.Count;
        });
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => $"p{i:D4}.html"), site.Files.Select(f => f.OutputPath));
    }
}
