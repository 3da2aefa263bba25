using System.Text;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Pipeline.Incremental;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>A small site on disk edited step by step, rebuilt incrementally after each edit and compared with a full
/// build of the same tree. Every write gets its own last-write time well in the past, so a stamp always shows the
/// edit and no file is racy (which would make the rebuild read it again, hiding what it would have carried over).</summary>
internal sealed class IncrementalSite(string? asOf = IncrementalSite.AsOf) : IDisposable
{
    public const string AsOf = "2025-11-23T00:00:00Z";
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly SitePipeline _pipeline = SitePipeline.CreateDefault();
    private int _writes;

    public TempSite Site { get; } = new();

    /// <summary>The state of the last build that passed.</summary>
    public BuildState? State { get; private set; }

    public BuildRequest Request => new(Site.Root, AsOf: asOf);

    /// <summary>A copy of the shipped site (content, theme, evidence, configuration), built at its own pinned instant.</summary>
    public static IncrementalSite CopyOfShipped()
    {
        var site = new IncrementalSite(asOf: null);
        foreach (var folder in new[] { "content", "templates", "evidence" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
                site.Copy(Path.GetRelativePath(RepoPaths.Root, file), file);
        site.Copy("hotpass-docs.yml", Path.Combine(RepoPaths.Root, "hotpass-docs.yml"));
        return site;
    }

    private void Copy(string path, string from)
    {
        var to = Path.Combine(Site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        File.SetLastWriteTimeUtc(to, Epoch.AddSeconds(++_writes));
    }

    /// <summary>Rewrites a file with <paramref name="change"/> applied to its text.</summary>
    public IncrementalSite Edit(string path, Func<string, string> change) => Write(path, change(File.ReadAllText(Path.Combine(Site.Root, path))));

    public IncrementalSite Write(string path, string text)
    {
        Site.File(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(Site.Root, path), Epoch.AddSeconds(++_writes));
        return this;
    }

    public IncrementalSite Page(string contentPath, string title, string body, string extra = "") =>
        Write("content/" + contentPath, $"---\ntitle: {title}\n{extra}---\n{body}");

    public IncrementalSite Delete(string path)
    {
        File.Delete(Path.Combine(Site.Root, path));
        return this;
    }

    public IncrementalSite Move(string from, string to)
    {
        File.Move(Path.Combine(Site.Root, from), Path.Combine(Site.Root, to));
        return this;
    }

    /// <summary>Rebuilds from the last good state, checks the result against a full build of the same tree (same
    /// diagnostics, same exit code, and when it passed the same files with the same bytes), and keeps the new state.</summary>
    public IncrementalBuild Rebuild()
    {
        var build = _pipeline.RunIncremental(Request, State);
        var memory = new InMemorySite();
        var full = _pipeline.Run(Request, memory);
        Assert.Equal(TempSite.Lines(full.Diagnostics), TempSite.Lines(build.Result.Diagnostics));
        Assert.Equal(full.ExitCode, build.Result.ExitCode);
        Assert.Equal(full.ExitCode == 0, build.State is not null);
        if (build.State is { } state)
        {
            Assert.Equal(memory.Files.Keys.Order(StringComparer.Ordinal), state.Files.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, bytes) in memory.Files)
                Assert.True(bytes.AsSpan().SequenceEqual(state.Files[path]), $"{path} differs from a full build:\n{Diff(bytes, state.Files[path])}");
            State = state;
        }
        return build;
    }

    private static string Diff(byte[] full, byte[] incremental)
    {
        var a = Encoding.UTF8.GetString(full).Split('\n');
        var b = Encoding.UTF8.GetString(incremental).Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
        return $"line {line + 1}: full «{(line < a.Length ? a[line] : "")}» incremental «{(line < b.Length ? b[line] : "")}»";
    }

    public void Dispose() => Site.Dispose();
}
