using System.Diagnostics;
using System.Text.RegularExpressions;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Check.Links;

/// <summary>Debian's <c>linkchecker</c>, run over what we built, finds the same broken internal links as our gate:
/// none on the shipped site, exactly the planted ones on a small broken site. Skipped without linkchecker, except
/// when <c>HOTPASS_REQUIRE_TOOLS=1</c> (CI) makes a missing tool a failure.</summary>
public sealed partial class LinkcheckerCrossCheckTests
{
    private const string Linkchecker = "/usr/bin/linkchecker";

    [Fact]
    public void Linkchecker_and_our_gate_agree_on_a_site_with_planted_broken_links()
    {
        if (!ToolAvailable()) return;
        using var site = new TempSite();
        site.Page("how-to/a.md", "A",
                "See [x](../governance/no-such-page.md), [y](../reference/b.md#no-such-heading) and [z](../reference/b.md#usage).\n\n" +
                "![diagram](../images/missing.png)\n", "type: how-to\n")
            .Page("reference/b.md", "B", "## Usage\n\n[back](../how-to/a.md) and [c](c.md)\n", "type: reference\n");
        var outDir = Path.Combine(site.Root, "built");

        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z"), new DirectorySiteWriter(outDir));
        var ours = result.Diagnostics.Select(d => OurTarget().Match(d.Message)).Where(m => m.Success)
            .Select(m => m.Groups["target"].Value + (m.Groups["id"].Success ? "#" + m.Groups["id"].Value : ""))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["governance/no-such-page.html", "images/missing.png", "reference/b.html#no-such-heading", "reference/c.html"], ours);
        Assert.Equal(ours, TheirBrokenTargets(outDir));
    }

    [Fact]
    public void Linkchecker_finds_no_broken_internal_link_in_the_shipped_site()
    {
        if (!ToolAvailable()) return;
        var outDir = Path.Combine(Path.GetTempPath(), "hpd-lc-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SitePipeline.CreateDefault().Run(new BuildRequest(RepoPaths.Root, OutDir: outDir));
            Assert.Equal(0, result.ExitCode);
            Assert.Empty(TheirBrokenTargets(outDir));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    private static bool ToolAvailable()
    {
        if (File.Exists(Linkchecker)) return true;
        Assert.False(Environment.GetEnvironmentVariable("HOTPASS_REQUIRE_TOOLS") == "1", "linkchecker is required (HOTPASS_REQUIRE_TOOLS=1) but not installed");
        return false;
    }

    /// <summary>linkchecker's invalid internal URLs, as output paths (with the fragment when the anchor is what failed).</summary>
    private static List<string> TheirBrokenTargets(string outDir)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("Debian's linkchecker runs on Linux");
        // Run as root, linkchecker drops to 'nobody', which must be able to read the site and its config.
        var config = Path.Combine(outDir, ".linkcheckerrc");
        File.WriteAllText(config, "[AnchorCheck]\n");
        foreach (var path in Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Append(outDir))
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.OtherRead | (Directory.Exists(path) ? UnixFileMode.OtherExecute : 0));
        for (var dir = Path.GetDirectoryName(outDir); dir is not null && dir != "/" && dir != Path.GetTempPath().TrimEnd('/'); dir = Path.GetDirectoryName(dir))
            File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);

        // Not --no-warnings: linkchecker's AnchorCheck reports a missing anchor as a warning on a valid URL.
        var start = new ProcessStartInfo(Linkchecker, ["-f", config, "--no-status", "-o", "csv", new Uri(Path.Combine(outDir, "index.html")).AbsoluteUri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "linkchecker did not finish within two minutes");
        var root = new Uri(outDir + "/").AbsoluteUri;
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Result.Split('\n'))
        {
            if (line.StartsWith('#') || line.StartsWith("urlname;", StringComparison.Ordinal) || line.Trim().Length == 0) continue;
            var columns = line.Split(';');
            var url = columns[7];
            if (!url.StartsWith(root, StringComparison.Ordinal)) continue;
            var target = Uri.UnescapeDataString(url[root.Length..]);
            var anchorFailed = columns[4].StartsWith("Anchor `", StringComparison.Ordinal) && columns[4].Contains("not found", StringComparison.Ordinal);
            if (columns[6] != "False" && !anchorFailed) continue;
            broken.Add(anchorFailed || !target.Contains('#', StringComparison.Ordinal) ? target : target[..target.IndexOf('#', StringComparison.Ordinal)]);
        }
        return [.. broken];
    }

    [GeneratedRegex("(points to|loads) '(?<target>[^']+)'|: '(?<target>[^']+)' has no element with id '(?<id>[^']+)'")]
    private static partial Regex OurTarget();
}
