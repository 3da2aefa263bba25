using System.Diagnostics;
using System.Security.Cryptography;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>The real Hotpass documentation in <c>content/</c>, built the way the README's main command builds it.</summary>
public sealed class ShippedSiteTests
{
    [Fact]
    public void The_shipped_site_builds_cleanly_with_every_quadrant()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "hpd-shipped-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SitePipeline.CreateDefault().Run(new BuildRequest(RepoPaths.Root, OutDir: outDir));
            // The shipped evidence leaves one control due on purpose; hotpass-docs.yml reports that as information.
            Assert.Equal("", string.Join("\n", result.Diagnostics.Where(d => d.Descriptor.Code != "HPD453").Select(d => d.ToString())));
            Assert.Equal(0, result.ExitCode);
            foreach (var section in new[] { "tutorials", "how-to", "reference", "explanation", "governance" })
            {
                Assert.True(File.Exists(Path.Combine(outDir, section, "index.html")), section);
                Assert.True(Directory.GetFiles(Path.Combine(outDir, section), "*.html").Length >= 3, section + " has too few pages");
            }
            Assert.True(result.PageCount >= 24, $"only {result.PageCount} pages");
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_site_shows_the_register_heat_map_matrix_and_cross_links()
    {
        var memory = new Hotpass.Docs.Write.InMemorySite();
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(RepoPaths.Root, Strict: true), memory);
        Assert.Equal((0, ""), (result.ExitCode, string.Join("\n", result.Diagnostics.Where(d => d.Descriptor.Code != "HPD453").Select(d => d.ToString()))));
        string Page(string path) => System.Text.Encoding.UTF8.GetString(memory.Files[path]);
        var register = Page("governance/register.html");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\"", register, StringComparison.Ordinal);
        Assert.Contains("<caption>Risks by severity (rows) and occurrence (columns)</caption>", register, StringComparison.Ordinal);
        Assert.True(register.IndexOf("RSK-SECRETS-STALL", StringComparison.Ordinal) < register.IndexOf("RSK-TEMPLATE-HOOK-SKIP", StringComparison.Ordinal),
            "RPN 324 comes before RPN 144");
        Assert.Contains("href=\"../../governance/risks/RSK-SECRETS-STALL.html\"", Page("governance/controls/CTL-SECRETS-VAULT.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"../governance/controls/CTL-DASHBOARD-AUTH.html\"", Page("how-to/rotate-dashboard-shared-secret.html"), StringComparison.Ordinal);
        var index = Page("governance/index.html");
        Assert.Contains("href=\"../governance/register.html\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"../governance/matrix.html\"", index, StringComparison.Ordinal);
        Assert.True(memory.Files.ContainsKey("matrix.json") && memory.Files.ContainsKey("matrix.csv"));
    }

    [Fact]
    public void Two_builds_are_byte_identical_across_culture_and_time_zone()
    {
        var first = Path.Combine(Path.GetTempPath(), "hpd-det-a-" + Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "hpd-det-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            RunCli(first, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" });
            RunCli(second, new Dictionary<string, string>
            {
                ["TZ"] = "Pacific/Chatham", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8",
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
            });
            Assert.Equal(Digest(first), Digest(second));
        }
        finally
        {
            foreach (var dir in new[] { first, second })
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static void RunCli(string outDir, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.CliAssembly, "build", "--root", RepoPaths.Root, "--out", outDir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }

    /// <summary>Every file's relative path and SHA-256, in ordinal order.</summary>
    private static string Digest(string dir) => string.Join("\n",
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(dir, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => f.Path + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Full)))));
}
