using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Load;

/// <summary>One scanner, one policy for every input tree: no link followed, loops impossible, only regular files
/// read, each refusal a diagnostic at its path. Proved on content/ and on the theme's templates/ alike.</summary>
public sealed class InputTreeTests
{
    [Fact]
    public void A_link_under_templates_assets_to_a_folder_outside_the_root_publishes_nothing()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var outside = Path.Combine(site.Root + "-secrets");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "id_rsa"), "PRIVATE KEY");
        try
        {
            Directory.CreateDirectory(Path.Combine(site.Root, "templates/assets"));
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/keys"), outside);
            var result = site.Build();
            Assert.Equal("templates/assets/keys: warning HPD113: Symbolic link was not followed: assets/keys", TempSite.Lines(result.Diagnostics));
            Assert.False(Directory.Exists(Path.Combine(site.OutDir, "assets/keys")));
            Assert.False(site.AnyOutputHolds("PRIVATE KEY"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("content/loop")]
    [InlineData("templates/assets/loop")]
    public void Link_loops_and_self_links_cannot_make_a_build_run_forever(string where)
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var dir = Path.Combine(site.Root, where);
        Directory.CreateDirectory(dir);
        Directory.CreateSymbolicLink(Path.Combine(dir, "up"), dir);
        File.CreateSymbolicLink(Path.Combine(dir, "self"), Path.Combine(dir, "self"));
        File.CreateSymbolicLink(Path.Combine(dir, "other"), Path.Combine(dir, "self"));
        var result = SpecialFiles.WithinSeconds(60, () => site.Build());
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "HPD113"));
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("content/how-to/pipe.md", "how-to/pipe.md")]
    [InlineData("content/pipe.png", "pipe.png")]
    [InlineData("templates/assets/pipe.css", "assets/pipe.css")]
    [InlineData("templates/layouts/page.liquid", "layouts/page.liquid")]
    public void A_named_pipe_is_refused_at_its_path_instead_of_blocking_the_build(string path, string shown)
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        SpecialFiles.Fifo(Path.Combine(site.Root, path));
        var result = SpecialFiles.WithinSeconds(60, () => site.Build());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}: error HPD130: '{shown}' is a named pipe (FIFO), not a regular file; it was not read", d.ToString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_socket_or_device_link_is_never_read()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        using var socket = SpecialFiles.UnixSocket(Path.Combine(site.Root, "content/app.sock"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/zero.md"), "/dev/zero");
        var result = SpecialFiles.WithinSeconds(60, () => site.Build(write: false));
        Assert.Equal(
            "content/app.sock: error HPD130: 'app.sock' is a socket, not a regular file; it was not read\n" +
            "content/zero.md: warning HPD113: Symbolic link was not followed: zero.md",
            TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void The_scanner_lists_regular_files_in_ordinal_order_skipping_hidden_ones()
    {
        using var site = new TempSite();
        site.File("content/b.md", "").File("content/B.md", "").File("content/a/z.txt", "").File("content/.git/x", "");
        var files = InputTree.Scan(Path.Combine(site.Root, "content"), "content/", new DiagnosticBag());
        Assert.Equal(["B.md", "a/z.txt", "b.md"], files.Select(f => f.ContentPath));
    }

    [Fact]
    public void Each_file_is_stamped_by_the_scan_as_its_file_info_says()
    {
        using var site = new TempSite();
        site.File("content/a.md", "twelve bytes").File("content/deep/b.md", "");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/a.md"), new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567));
        foreach (var file in InputTree.Scan(Path.Combine(site.Root, "content"), "content/", new DiagnosticBag()))
            Assert.Equal(FileStamp.Of(file.FullPath), file.Stamp);
    }
}
