using System.Text;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Write;

/// <summary>The writer thread writes every queued file in order, the caller's buffer is free again at once, and a
/// failure stops the writing and surfaces when the queue completes, never silently.</summary>
public sealed class FileWriteQueueTests
{
    [Fact]
    public void Every_queued_file_is_written_with_the_bytes_it_had_when_queued()
    {
        var written = new List<(string, string)>();
        using (var queue = new FileWriteQueue((path, bytes) => written.Add((path, Encoding.UTF8.GetString(bytes)))))
        {
            var buffer = new byte[8];
            for (var i = 0; i < 1_000; i++)
            {
                var n = Encoding.UTF8.GetBytes($"page {i % 10}", buffer);
                queue.Enqueue($"p{i}.html", buffer.AsSpan(0, n));
                buffer.AsSpan().Fill((byte)'x'); // the queue took a copy
            }
            queue.Complete();
        }
        Assert.Equal(1_000, written.Count);
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => ($"p{i}.html", $"page {i % 10}")), written);
    }

    [Fact]
    public void A_failed_write_stops_the_rest_and_is_rethrown_on_completion()
    {
        var written = new List<string>();
        var queue = new FileWriteQueue((path, _) =>
        {
            if (path == "b.html") throw new UnauthorizedAccessException("access to b.html is denied");
            written.Add(path);
        });
        queue.Enqueue("a.html", "a"u8);
        queue.Enqueue("b.html", "b"u8);
        var thrown = Assert.Throws<IOException>(() =>
        {
            // Queuing after the failure is refused as soon as the writer has seen it; completion always reports it.
            for (var i = 0; i < 10_000; i++) queue.Enqueue($"c{i}.html", "c"u8);
            queue.Complete();
        });
        Assert.Contains("access to b.html is denied", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("a.html", written[0]);
        Assert.DoesNotContain(written, p => p.StartsWith('c'));
        queue.Dispose();
    }

    [Fact]
    public void A_build_whose_page_cannot_be_written_fails_and_keeps_the_previous_site()
    {
        using var site = new TestSupport.TempSite().Page("index.md", "Home").Page("how-to/a.md", "A");
        var outDir = Path.Combine(site.Root, "_site");
        var pipeline = SitePipeline.CreateDefault();
        var request = new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z");
        Assert.Equal(0, pipeline.Run(request).ExitCode);
        var before = File.ReadAllText(Path.Combine(outDir, "how-to", "a.html"));

        // An asset folder named like the page's output: both cannot be created. The model stage finds it at its source
        // (HPD118) before anything is written; it once surfaced only as a failed write (HPD006) of the staging folder.
        site.Page("how-to/a.md", "A changed").Bytes("content/how-to/a.html/diagram.png", [0x89, 0x50, 0x4e, 0x47]);
        var result = pipeline.Run(request);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD118");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HPD006");
        Assert.Equal(before, File.ReadAllText(Path.Combine(outDir, "how-to", "a.html")));
        Assert.False(Directory.Exists(SwapRecovery.StagingDir(outDir, Environment.ProcessId)));
    }
}
