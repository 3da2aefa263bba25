using Hotpass.Docs.Cli.Serve;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Serve;

/// <summary>The source watcher <c>serve</c> rebuilds on, fed real file system events.</summary>
public sealed class SourceWatcherTests
{
    [Fact]
    public void Editors_leftovers_and_excluded_files_written_in_a_watched_folder_do_not_signal_a_rebuild()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").Page("drafts/d.md", "D");
        var signals = 0;
        var config = new SiteConfig { Exclude = new InputExclusions(["content/drafts/**", "**/*.bak"]) };
        using var watcher = new SourceWatcher(site.Root, () => config, "hotpass-docs.yml", () => Interlocked.Increment(ref signals));

        // What vim, Emacs and Finder write beside a page while it is edited, and what exclude: leaves out: a build
        // reads none of it.
        site.File("content/.a.md.swp", "swap").File("content/a.md.swo", "swap").File("content/a.md~", "backup")
            .File("content/#a.md#", "autosave").File("content/.DS_Store", "finder");
        File.Delete(Path.Combine(site.Root, "content", "a.md~"));
        site.Page("drafts/d.md", "D edited").Page("drafts/deep/e.md", "E").File("content/a.md.bak", "old");
        // Then one real change, a single event (a file moved in from outside the watched folder): the watcher handles
        // events in order, so by the time this one signals, every leftover's event has been seen.
        site.File("b.md", "---\ntitle: B\n---\n");
        File.Move(Path.Combine(site.Root, "b.md"), Path.Combine(site.Root, "content", "b.md"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Volatile.Read(ref signals) == 0 && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Thread.Sleep(300);
        Assert.Equal(1, Volatile.Read(ref signals));
    }
}
