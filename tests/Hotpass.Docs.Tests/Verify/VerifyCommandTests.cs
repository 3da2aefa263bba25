using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Verify;

/// <summary><c>hotpass-docs verify</c> on sites the tool really built (a small governance site with evidence), as an
/// auditor meets them: a folder, an archive, a tampered copy, a folder that is no build.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempSite _site = GovernanceSite.Create();

    public VerifyCommandTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_site_as_built_verifies_with_every_list()
    {
        var (exit, output, error) = CliRunner.Run("verify", _site.OutDir);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Matches(@"verified: \d+ files in manifest\.json, 1 in evidence-manifest\.json; every subject of site\.intoto\.json matches", output);
    }

    [Fact]
    public void A_tampered_byte_fails_with_the_path_and_both_digests()
    {
        var page = Path.Combine(_site.OutDir, "how-to", "rotate.html");
        var listed = Sha256(File.ReadAllBytes(page));
        var bytes = File.ReadAllBytes(page);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(page, bytes);

        var (exit, output, _) = CliRunner.Run("verify", _site.OutDir);

        Assert.Equal(1, exit);
        Assert.Contains($"changed      how-to/rotate.html (manifest.json)\n             listed sha256:{listed}\n             found  sha256:{Sha256(bytes)}\n", output, StringComparison.Ordinal);
        Assert.Contains("changed      how-to/rotate.html (site.intoto.json)", output, StringComparison.Ordinal);
        Assert.Contains("does NOT match", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_files_are_named_in_json()
    {
        File.Delete(Path.Combine(_site.OutDir, "assets", "site.css"));
        File.WriteAllText(Path.Combine(_site.OutDir, "planted.html"), "<script>alert(1)</script>");

        var (exit, output, _) = CliRunner.Run("verify", _site.OutDir, "--format", "json");

        Assert.Equal(1, exit);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("problem").GetString(), f.GetProperty("path").GetString(), f.GetProperty("against").GetString())).ToList();
        Assert.Contains(("missing", "assets/site.css", "manifest.json"), findings);
        Assert.Contains(("extra", "planted.html", "manifest.json"), findings);
        Assert.Contains(("extra", "planted.html", "site.intoto.json"), findings);
    }

    [Fact]
    public void A_changed_evidence_copy_fails_against_the_evidence_manifest_too()
    {
        var raw = Directory.GetFiles(Path.Combine(_site.OutDir, "evidence"), "vault-audit.csv*", SearchOption.AllDirectories)
            .Single(f => !f.EndsWith(".html", StringComparison.Ordinal));
        File.AppendAllText(raw, "2025-11-21T08:00:00Z,intruder,delete\n");

        var (exit, output, _) = CliRunner.Run("verify", _site.OutDir);

        Assert.Equal(1, exit);
        Assert.Contains("(evidence-manifest.json)", output, StringComparison.Ordinal);
        Assert.Contains("(manifest.json)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewritten_manifest_is_caught_by_the_statement()
    {
        // Someone who edits a page and rewrites manifest.json to match still disagrees with the statement.
        var page = Path.Combine(_site.OutDir, "index.html");
        File.AppendAllText(page, "<!-- edited -->");
        var manifestPath = Path.Combine(_site.OutDir, "manifest.json");
        var manifest = File.ReadAllText(manifestPath);
        var old = Sha256(File.ReadAllBytes(page));
        var listed = JsonDocument.Parse(manifest).RootElement.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("path").GetString() == "index.html").GetProperty("sha256").GetString()!;
        File.WriteAllText(manifestPath, manifest.Replace(listed, old, StringComparison.Ordinal));

        var (exit, output, _) = CliRunner.Run("verify", _site.OutDir);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("index.html (manifest.json)", output, StringComparison.Ordinal);
        Assert.Contains("changed      index.html (site.intoto.json)", output, StringComparison.Ordinal);
        Assert.Contains("changed      manifest.json (site.intoto.json)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.zip")]
    [InlineData("site.tar")]
    [InlineData("site.tar.gz")]
    public void An_archive_with_the_site_in_a_folder_verifies_and_a_tampered_one_fails(string name)
    {
        var archive = Path.Combine(_site.Root, name);
        Archive(archive, tamper: false);
        Assert.Equal(0, CliRunner.Run("verify", archive).Exit);

        Archive(archive, tamper: true);
        var (exit, output, _) = CliRunner.Run("verify", archive);
        Assert.Equal(1, exit);
        Assert.Contains("changed      index.html (manifest.json)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_no_build_exits_two()
    {
        var (exit, _, error) = CliRunner.Run("verify", Path.Combine(_site.Root, "content"));
        Assert.Equal(2, exit);
        Assert.Contains("is not a hotpass-docs build: it has no manifest.json", error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("verify", Path.Combine(_site.Root, "nothing-here")).Exit);
        File.WriteAllText(Path.Combine(_site.Root, "junk.zip"), "PK not really");
        Assert.Equal(2, CliRunner.Run("verify", Path.Combine(_site.Root, "junk.zip")).Exit);
    }

    [Fact]
    public void An_attestation_bundle_is_checked_against_the_site()
    {
        var statement = File.ReadAllBytes(Path.Combine(_site.OutDir, "site.intoto.json"));
        // The shape GitHub's artifact attestation stores: a Sigstore bundle around a DSSE envelope, one per line.
        var envelope = new { payloadType = "application/vnd.in-toto+json", payload = Convert.ToBase64String(statement), signatures = new[] { new { sig = "AAAA" } } };
        var bundle = Path.Combine(_site.Root, "attestation.jsonl");
        File.WriteAllText(bundle, JsonSerializer.Serialize(new { mediaType = "application/vnd.dev.sigstore.bundle.v0.3+json", dsseEnvelope = envelope }) + "\n");
        Assert.Equal(0, CliRunner.Run("verify", _site.OutDir, "--attestation", bundle).Exit);

        File.AppendAllText(Path.Combine(_site.OutDir, "index.html"), " ");
        // Without its own statement the site is still checked against the attested one.
        File.Delete(Path.Combine(_site.OutDir, "site.intoto.json"));
        var (exit, output, _) = CliRunner.Run("verify", _site.OutDir, "--attestation", bundle);
        Assert.Equal(1, exit);
        Assert.Contains("changed      index.html (attestation.jsonl)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(site.intoto.json)", output, StringComparison.Ordinal);

        File.WriteAllText(bundle, "{\"_type\": \"https://in-toto.io/Statement/v1\", \"subject\": [], \"predicateType\": \"https://slsa.dev/provenance/v1\"}");
        var other = CliRunner.Run("verify", _site.OutDir, "--attestation", bundle);
        Assert.Equal(2, other.Exit);
        Assert.Contains("holds no statement of predicate type", other.Err, StringComparison.Ordinal);
    }

    private void Archive(string path, bool tamper)
    {
        File.Delete(path);
        var files = Directory.GetFiles(_site.OutDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        byte[] Content(string file)
        {
            var bytes = File.ReadAllBytes(file);
            return tamper && Path.GetFileName(file) == "index.html" && Path.GetDirectoryName(file) == _site.OutDir ? [.. bytes, (byte)' '] : bytes;
        }
        string Name(string file) => "_site/" + Path.GetRelativePath(_site.OutDir, file).Replace('\\', '/');
        if (path.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            foreach (var file in files)
            {
                using var entry = zip.CreateEntry(Name(file)).Open();
                entry.Write(Content(file));
            }
            return;
        }
        using var stream = File.Create(path);
        using Stream target = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionLevel.Fastest) : stream;
        using var tar = new TarWriter(target, TarEntryFormat.Pax);
        foreach (var file in files)
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, Name(file)) { DataStream = new MemoryStream(Content(file)) });
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
