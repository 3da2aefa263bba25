using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Write;

/// <summary><c>manifest.json</c> lists every other written file with a digest that matches the bytes on disk, and an
/// in-memory build of the sample site produces the same files without touching the output folder.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void Every_written_file_is_listed_with_its_real_size_and_sha256()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", "![d](diagram.png)\n", "type: how-to\n").Bytes("content/how-to/diagram.png", [1, 2, 3, 4]);
        Assert.Equal(0, site.Build().ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutDir, "manifest.json")));
        Assert.Equal(1, manifest.RootElement.GetProperty("version").GetInt32());
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var onDisk = Directory.GetFiles(site.OutDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutDir, f).Replace('\\', '/'))
            // The manifest and the statement, which lists the manifest, cannot list themselves.
            .Where(p => p is not "manifest.json" and not "site.intoto.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, listed.Select(e => e.GetProperty("path").GetString()));
        foreach (var entry in listed)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.OutDir, entry.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, entry.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.GetProperty("sha256").GetString());
        }
        // Generated: 404.html, diagnostics.json, external-links.json and the search index's three files (root, keys, pages).
        // Assets: the page's image and the theme's seven (site.css, favicon.svg and copy, print, search, tables, theme scripts).
        Assert.Equal(["asset", "asset", "asset", "asset", "asset", "asset", "asset", "asset", "generated", "generated", "generated", "generated", "generated", "generated", "page", "page", "page"],
            listed.Select(e => e.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sample_site_builds_in_memory_byte_for_byte_as_on_disk()
    {
        var root = Path.Combine(RepoPaths.TestProject, "Fixtures", "sites", "sample");
        var outDir = Path.Combine(Path.GetTempPath(), "hpd-mem-" + Guid.NewGuid().ToString("N"));
        try
        {
            var memory = new InMemorySite();
            var inMemory = SitePipeline.CreateDefault().Run(new BuildRequest(root, OutDir: outDir), memory);
            Assert.Equal(0, inMemory.ExitCode);
            Assert.False(Directory.Exists(outDir), "an in-memory build touched the output folder");

            Assert.Equal(0, SitePipeline.CreateDefault().Run(new BuildRequest(root, OutDir: outDir)).ExitCode);
            var onDisk = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'), File.ReadAllBytes);
            Assert.Equal(onDisk.Keys.Order(StringComparer.Ordinal), memory.Files.Keys);
            foreach (var (path, bytes) in memory.Files) Assert.True(bytes.AsSpan().SequenceEqual(onDisk[path]), path);
            Assert.Contains("<h1>", Encoding.UTF8.GetString(memory.Files["index.html"]), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }
}
