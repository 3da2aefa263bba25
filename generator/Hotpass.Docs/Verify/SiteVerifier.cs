using System.Text.Json;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Verify;

/// <summary><c>verify</c>: checks a published site, in a folder or an archive, with no source tree: every file against
/// <c>manifest.json</c>, every evidence copy against <c>evidence-manifest.json</c>, and the subjects of the site's
/// statement (and of an attestation, when given) against the files themselves.</summary>
public static class SiteVerifier
{
    private const string Manifest = ManifestJson.FileName;

    /// <summary>The report, or null with <paramref name="problem"/> when <paramref name="site"/> is not a build this
    /// tool reads, or <paramref name="attestation"/> holds no site statement.</summary>
    public static VerifyReport? Verify(string site, string? attestation, out string? problem)
    {
        var contents = SiteSource.Read(site, out problem);
        if (contents is null) return null;
        if (contents.Files[Manifest].NotRegular is { } kind) return Fail($"'{site}' has a {kind} for its {Manifest}", out problem);
        if (!contents.Kept.TryGetValue(Manifest, out var manifestBytes))
            return Fail($"'{site}' has a {Manifest} too large to be a build's", out problem);
        var manifest = ManifestReader.Read(manifestBytes, site, out problem);
        if (manifest is null) return null;
        Dictionary<string, string>? attested = null;
        if (attestation is not null)
        {
            if (!File.Exists(attestation) || Load.FileKind.NotRegularTarget(attestation) is not null)
                return Fail($"'{attestation}' is not a readable file", out problem);
            attested = StatementReader.Subjects(File.ReadAllBytes(attestation), attestation, out problem);
            if (attested is null) return null;
        }

        var findings = new List<VerifyFinding>();
        var problems = new List<string>();
        CheckManifest(contents, manifest, findings);
        var evidence = CheckEvidence(contents, manifest, findings, problems);
        var statements = new List<string>();
        if (contents.Kept.TryGetValue(SiteStatement.FileName, out var own))
        {
            var subjects = StatementReader.Subjects(own, SiteStatement.FileName, out var ownProblem);
            if (subjects is null) problems.Add(ownProblem!);
            else CheckSubjects(contents, subjects, SiteStatement.FileName, findings);
            statements.Add(SiteStatement.FileName);
        }
        if (attested is not null)
        {
            CheckSubjects(contents, attested, Path.GetFileName(attestation!), findings);
            statements.Add(attestation!);
        }
        return new VerifyReport(site, manifest.Count, evidence, statements, findings, problems);
    }

    private static void CheckManifest(SiteContents site, Dictionary<string, ManifestFile> manifest, List<VerifyFinding> findings)
    {
        foreach (var entry in manifest.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
            Compare(site, entry.Path, entry.Sha256, Manifest, findings);
        foreach (var file in site.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
            if (file.Path is not Manifest and not SiteStatement.FileName && !manifest.ContainsKey(file.Path))
                findings.Add(new VerifyFinding(file.NotRegular is null ? "extra" : "not-regular", file.Path, Manifest, null, file.Sha256));
    }

    /// <summary>Each evidence copy against its digest in <c>evidence-manifest.json</c>; the count it lists.</summary>
    private static int CheckEvidence(SiteContents site, Dictionary<string, ManifestFile> manifest, List<VerifyFinding> findings, List<string> problems)
    {
        if (!manifest.ContainsKey(EvidencePaths.Manifest)) return 0;
        if (!site.Kept.TryGetValue(EvidencePaths.Manifest, out var bytes)) return 0; // missing: reported against manifest.json
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var count = 0;
            foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
            {
                Compare(site, ManifestReader.Text(file, "path"), ManifestReader.Text(file, "sha256"), EvidencePaths.Manifest, findings);
                count++;
            }
            return count;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            problems.Add($"{EvidencePaths.Manifest} is not readable: {e.Message}");
            return 0;
        }
    }

    /// <summary>The statement names every file of the site but itself, each with its digest, and nothing else.</summary>
    private static void CheckSubjects(SiteContents site, Dictionary<string, string> subjects, string against, List<VerifyFinding> findings)
    {
        foreach (var (name, sha256) in subjects.OrderBy(s => s.Key, StringComparer.Ordinal))
            Compare(site, name, sha256, against, findings);
        foreach (var file in site.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
            if (file.Path != SiteStatement.FileName && !subjects.ContainsKey(file.Path))
                findings.Add(new VerifyFinding(file.NotRegular is null ? "extra" : "not-regular", file.Path, against, null, file.Sha256));
    }

    private static void Compare(SiteContents site, string path, string expected, string against, List<VerifyFinding> findings)
    {
        if (!site.Files.TryGetValue(path, out var found)) findings.Add(new VerifyFinding("missing", path, against, expected, null));
        else if (found.NotRegular is not null) findings.Add(new VerifyFinding("not-regular", path, against, expected, null));
        else if (!string.Equals(found.Sha256, expected, StringComparison.OrdinalIgnoreCase))
            findings.Add(new VerifyFinding("changed", path, against, expected, found.Sha256));
    }

    private static VerifyReport? Fail(string message, out string? problem)
    {
        problem = message;
        return null;
    }
}
