using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render;

/// <summary>The rendered HTML of a small sample site, kept as golden files: any change to the theme, the markdown
/// pipeline or the view model shows up here as a reviewable diff.</summary>
public sealed class GoldenSiteTests : IClassFixture<GoldenSiteTests.SampleSite>
{
    private readonly SampleSite _site;

    public GoldenSiteTests(SampleSite site) => _site = site;

    [Theory]
    [InlineData("index.html")]
    [InlineData("how-to/index.html")]
    [InlineData("how-to/rotate-secret.html")]
    [InlineData("tutorials/first-steps.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("evidence/tests/access-2025-11-20.xml.html")]
    [InlineData("evidence/index.html")]
    [InlineData("evidence-manifest.json")]
    public void Output_matches_its_golden_file(string outputPath)
    {
        Assert.Equal(0, _site.Result.ExitCode);
        Golden.Verify("sample-site/" + outputPath, File.ReadAllText(Path.Combine(_site.OutDir, outputPath)));
    }

    [Fact]
    public void The_sample_site_reports_its_overdue_page()
    {
        Assert.Equal(
            "tests/Hotpass.Docs.Tests/Fixtures/sites/sample/content/how-to/rotate-secret.md(6,16): warning HPD108: Page was last reviewed 2025-06-01 and was due for review on 2025-08-30",
            string.Join("\n", _site.Result.Diagnostics.Select(d => d.ToString()))
                .Replace("content/", "tests/Hotpass.Docs.Tests/Fixtures/sites/sample/content/", StringComparison.Ordinal));
    }

    /// <summary>Builds the sample site once for all golden comparisons.</summary>
    public sealed class SampleSite : IDisposable
    {
        public SampleSite()
        {
            OutDir = Path.Combine(Path.GetTempPath(), "hpd-golden-" + Guid.NewGuid().ToString("N"));
            Result = SitePipeline.CreateDefault().Run(new BuildRequest(
                Path.Combine(RepoPaths.TestProject, "Fixtures", "sites", "sample"), OutDir: OutDir));
        }

        public string OutDir { get; }
        public BuildResult Result { get; }

        public void Dispose()
        {
            if (Directory.Exists(OutDir)) Directory.Delete(OutDir, recursive: true);
        }
    }
}
