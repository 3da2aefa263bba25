using System.Diagnostics;
using System.Text.Json;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Bench;

/// <summary>The benchmark generator's governance corpus builds green with every gate on, judged at the instant and commit
/// its own configuration pins, so a benchmark of it measures a site that is really written.</summary>
public sealed class GovernanceCorpusTests
{
    [SkippableFact]
    public void A_small_governance_corpus_builds_strict_with_every_control_fresh()
    {
        using var temp = new TempSite();
        var corpus = Path.Combine(temp.Root, "corpus");
        Skip.IfNot(Generate(corpus, "200", "--governance", "120,60", "--tools", "generic"), "python3 is not on PATH");
        var site = Path.Combine(corpus, "generic");
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site, OutDir: Path.Combine(temp.Root, "out"), Strict: true));

        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Equal(0, result.ExitCode);
        using var matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Root, "out", "matrix.json")));
        var statuses = matrix.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("control").ValueKind == JsonValueKind.String)
            .Select(r => (Id: r.GetProperty("control").GetString(), Status: r.GetProperty("status").GetString())).Distinct().ToList();
        Assert.Equal(60, statuses.Select(s => s.Id).Distinct().Count());
        Assert.All(statuses, s => Assert.Equal("fresh", s.Status));
    }

    [SkippableFact]
    public void The_corpus_without_governance_has_no_evidence_and_no_configuration()
    {
        using var temp = new TempSite();
        var corpus = Path.Combine(temp.Root, "corpus");
        Skip.IfNot(Generate(corpus, "50", "--tools", "generic"), "python3 is not on PATH");
        Assert.False(Directory.Exists(Path.Combine(corpus, "generic", "evidence")));
        Assert.False(File.Exists(Path.Combine(corpus, "generic", "hotpass-docs.yml")));
    }

    /// <summary>Runs bench/gen-corpus.py; false when python3 cannot be started, a failure of the script itself fails the test.</summary>
    private static bool Generate(string outDir, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "bench", "gen-corpus.py"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(outDir);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
        using (process)
        {
            Assert.NotNull(process);
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "gen-corpus.py failed: " + stderr.Result);
        }
        return true;
    }
}
