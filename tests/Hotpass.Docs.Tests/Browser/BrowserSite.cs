using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The shipped site built once into a temporary folder, and Debian's Chromium driven by Playwright
/// (never a downloaded browser). Without Chromium the browser tests are skipped, unless
/// <c>HOTPASS_REQUIRE_BROWSER=1</c> (set by CI), where a missing browser fails them. A subclass builds another
/// site (<see cref="SiteRoot"/>).</summary>
public class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string OutDir { get; } = Path.Combine(Path.GetTempPath(), "hpd-browser-" + Guid.NewGuid().ToString("N"));

    public IBrowser? Browser { get; private set; }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HOTPASS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public string Url(string outputPath) => new Uri(Path.Combine(OutDir, outputPath)).AbsoluteUri;

    /// <summary>The same site served over http on loopback, started on first use.</summary>
    public StaticHttpServer Http => _http ??= new StaticHttpServer(OutDir);

    private StaticHttpServer? _http;

    /// <summary>The URL of <paramref name="outputPath"/> opened from disk (<c>file</c>) or over <c>http</c>.</summary>
    public string Url(string scheme, string outputPath) => scheme == "http" ? Http.Url(outputPath) : Url(outputPath);

    /// <summary>The site built: the shipped one.</summary>
    protected virtual string SiteRoot => RepoPaths.Root;

    /// <summary>The base URL it is built for (<c>--base-url</c>): none.</summary>
    public virtual string? BaseUrl => null;

    /// <summary>Skips the calling test when no browser is installed and CI does not require one.</summary>
    public void RequireBrowser()
    {
        if (Browser is not null) return;
        if (Environment.GetEnvironmentVariable("HOTPASS_REQUIRE_BROWSER") == "1")
            Assert.Fail($"Chromium not found at {ChromiumPath}, and HOTPASS_REQUIRE_BROWSER=1 (apt-get install chromium)");
        Skip.If(true, $"Chromium not found at {ChromiumPath} (apt-get install chromium)");
    }

    public async Task InitializeAsync()
    {
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(SiteRoot, OutDir: OutDir, Strict: true, BaseUrl: BaseUrl));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        if (!File.Exists(ChromiumPath)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network: keep Chromium from trying to reach its services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Directory.Exists(OutDir)) Directory.Delete(OutDir, recursive: true);
    }
}
