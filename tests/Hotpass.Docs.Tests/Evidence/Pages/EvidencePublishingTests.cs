using System.Security.Cryptography;
using System.Text.Json;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Pages;

/// <summary>The shipped site's evidence as an auditor receives it: a page per file, the raw copy beside it, and a
/// manifest whose every digest is recomputed here from the built site.</summary>
public sealed class EvidencePublishingTests : IClassFixture<EvidencePublishingTests.ShippedSite>
{
    private readonly ShippedSite _site;

    public EvidencePublishingTests(ShippedSite site) => _site = site;

    [Fact]
    public void Every_manifest_digest_matches_the_published_file_and_the_source()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.OutDir, "evidence-manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "evidence"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".evidence.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(sources.Count, files.Count);
        foreach (var file in files)
        {
            var path = file.GetProperty("path").GetString()!;
            var source = file.GetProperty("source").GetString()!;
            var published = File.ReadAllBytes(Path.Combine(_site.OutDir, path));
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(published)));
            Assert.Equal(file.GetProperty("size").GetInt64(), published.Length);
            Assert.Equal(published, File.ReadAllBytes(Path.Combine(RepoPaths.Root, source)));
            Assert.True(File.Exists(Path.Combine(_site.OutDir, source + ".html")), source + " has no page");
        }
    }

    [Fact]
    public void The_raw_copies_are_written_files_of_manifest_json()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.OutDir, "manifest.json")));
        var text = manifest.RootElement.GetRawText();
        Assert.Contains("\"evidence/sbom/hotpass-0.9.1.cdx.json.txt\"", text, StringComparison.Ordinal);
        Assert.Contains("\"evidence-manifest.json\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_control_has_evidence_and_one_is_due()
    {
        var statuses = _site.Result.Diagnostics.Where(d => d.Descriptor.Code is "HPD450" or "HPD451" or "HPD452" or "HPD453").ToList();
        var due = Assert.Single(statuses);
        Assert.Equal("HPD453", due.Descriptor.Code);
        Assert.Contains("CTL-SECRETS-VAULT", due.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_evidence_page_shows_its_status_as_text()
    {
        var page = File.ReadAllText(Path.Combine(_site.OutDir, "evidence/security/detect-secrets-2025-10-27.sarif.html"));
        Assert.Contains("<span class=\"status-badge status-due\">due</span>", page, StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(_site.OutDir, "evidence/index.html"));
        Assert.Equal(3, index.Split("<svg class=\"trend\"").Length - 1);
    }

    /// <summary>Builds the shipped site once, as the README's command does (its pinned as_of and commit).</summary>
    public sealed class ShippedSite : IDisposable
    {
        public ShippedSite()
        {
            OutDir = Path.Combine(Path.GetTempPath(), "hpd-evidence-" + Guid.NewGuid().ToString("N"));
            Result = SitePipeline.CreateDefault().Run(new BuildRequest(RepoPaths.Root, OutDir: OutDir));
        }

        public string OutDir { get; }

        public BuildResult Result { get; }

        public void Dispose()
        {
            if (Directory.Exists(OutDir)) Directory.Delete(OutDir, recursive: true);
        }
    }
}
