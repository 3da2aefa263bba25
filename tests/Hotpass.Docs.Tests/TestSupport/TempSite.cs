using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>A throwaway site on disk that a test fills with files, builds, and deletes.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "hpd-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string OutDir => Path.Combine(Root, "_site");

    /// <summary>Whether any file the last build wrote holds <paramref name="text"/> (a secret planted outside the root, say).</summary>
    public bool AnyOutputHolds(string text) =>
        Directory.Exists(OutDir) && Directory.GetFiles(OutDir, "*", SearchOption.AllDirectories).Any(f => System.IO.File.ReadAllText(f).Contains(text, StringComparison.Ordinal));

    public TempSite File(string path, string text) => Bytes(path, Encoding.UTF8.GetBytes(text));

    public TempSite Bytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>A page with valid front matter and the given body.</summary>
    public TempSite Page(string contentPath, string title, string body = "Some text.\n", string extra = "") =>
        File("content/" + contentPath, $"---\ntitle: {title}\n{extra}---\n{body}");

    public BuildResult Build(bool write = true, bool strict = false, string asOf = "2025-11-23T00:00:00Z", string? baseUrl = null) =>
        SitePipeline.CreateDefault().Run(new BuildRequest(Root, AsOf: asOf, Strict: strict, WriteSite: write, BaseUrl: baseUrl));

    /// <summary>Builds into memory: the result, and the committed files (empty when a gate failed).</summary>
    internal (BuildResult Result, InMemorySite Site) BuildInMemory(string asOf = "2025-11-23T00:00:00Z", string? baseUrl = null)
    {
        var memory = new InMemorySite();
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(Root, AsOf: asOf, BaseUrl: baseUrl), memory);
        return (result, memory);
    }

    public string Read(string outputPath) => System.IO.File.ReadAllText(Path.Combine(OutDir, outputPath));

    public static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
