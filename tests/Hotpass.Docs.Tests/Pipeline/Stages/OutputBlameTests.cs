using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline.Stages;

/// <summary>A problem with the output folder is reported at what chose the folder, never at a hotpass-docs.yml that
/// does not exist or does not name it.</summary>
public sealed class OutputBlameTests
{
    private static string Build(TempSite site, string? outDir = null) =>
        TempSite.Lines(SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, OutDir: outDir, AsOf: "2025-11-23T00:00:00Z")).Diagnostics);

    [Fact]
    public void A_foreign_default_folder_without_a_configuration_file_blames_the_default_and_says_force()
    {
        using var site = new TempSite().Page("index.md", "Home").File("_site/mine.txt", "mine");
        var lines = Build(site);
        Assert.StartsWith("(default output folder _site): error HPD020: ", lines, StringComparison.Ordinal);
        Assert.Contains("--force", lines, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "_site/mine.txt")));
    }

    [Fact]
    public void A_configuration_file_that_does_not_name_the_folder_is_not_blamed()
    {
        using var site = new TempSite().Page("index.md", "Home").File("hotpass-docs.yml", "title: T\n").File("_site/mine.txt", "mine");
        Assert.StartsWith("(default output folder _site): error HPD020: ", Build(site), StringComparison.Ordinal);
    }

    [Fact]
    public void The_out_key_is_blamed_when_it_chose_the_folder()
    {
        using var site = new TempSite().Page("index.md", "Home").File("hotpass-docs.yml", "out: public\n").File("public/mine.txt", "mine");
        Assert.StartsWith("hotpass-docs.yml: error HPD020: ", Build(site), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_is_blamed_for_out()
    {
        using var site = new TempSite().Page("index.md", "Home").File("hotpass-docs.yml", "out: public\n");
        Assert.StartsWith("(command line): error HPD005: ", Build(site, outDir: site.Root), StringComparison.Ordinal);
        site.File("elsewhere/mine.txt", "mine");
        Assert.StartsWith("(command line): error HPD020: ", Build(site, outDir: Path.Combine(site.Root, "elsewhere")), StringComparison.Ordinal);
    }
}
