using Hotpass.Docs.Load;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Load;

/// <summary>Links are resolved in every segment, relative targets from the link's folder, '..' from where a link led,
/// and a loop is an unresolved path rather than a hang.</summary>
public sealed class RealPathTests
{
    [Fact]
    public void Links_in_any_segment_resolve_to_where_they_lead()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "a/b/real"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "rel"), "a/b");               // relative target
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "a/b/up"), "..");           // '..' from the link's folder
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "abs"), Path.Combine(site.Root, "rel"));
        var root = RealPath.Of(site.Root)!;

        Assert.Equal(Path.Combine(root, "a/b/real/missing"), RealPath.Of(Path.Combine(site.Root, "abs/real/missing")));
        Assert.Equal(Path.Combine(root, "a"), RealPath.Of(Path.Combine(site.Root, "rel/up")));
        Assert.Equal(Path.Combine(root, "a/b"), RealPath.Of(Path.Combine(site.Root, "rel/up/b")));
    }

    [Fact]
    public void A_link_loop_is_unresolved()
    {
        using var site = new TempSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "x"), "y");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "y"), "x");
        Assert.Null(RealPath.Of(Path.Combine(site.Root, "x/z")));
    }

    [Theory]
    [InlineData("/site", "/site", true)]
    [InlineData("/site/docs", "/site/", true)]
    [InlineData("/site-other/docs", "/site", false)]
    [InlineData("/elsewhere", "/site", false)]
    [InlineData("/anything", "/", true)]
    public void Within_means_the_folder_itself_or_under_it(string path, string folder, bool within) =>
        Assert.Equal(within, RealPath.IsWithin(path, folder));
}
