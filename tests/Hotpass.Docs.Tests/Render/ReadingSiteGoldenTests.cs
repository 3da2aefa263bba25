using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.Browser;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render;

/// <summary>The reading-conventions fixture site (code blocks, heading links, admonitions written the MkDocs, Docusaurus
/// and GitHub ways, an edit link, a last-updated day) built strictly, its guide kept as golden HTML.</summary>
public sealed class ReadingSiteGoldenTests
{
    [Fact]
    public void The_guide_matches_its_golden_file()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "hpd-reading-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SitePipeline.CreateDefault().Run(new BuildRequest(ReadingSite.Root, OutDir: outDir, Strict: true));
            Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
            Golden.Verify("reading-site/" + ReadingSite.Guide, File.ReadAllText(Path.Combine(outDir, ReadingSite.Guide)));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }
}
