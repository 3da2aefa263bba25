using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Check.Accessibility;

public sealed class ImageAltTextCheckTests
{
    [Fact]
    public void An_image_without_alt_text_is_a_warning_at_its_markdown_line_and_column()
    {
        using var site = new TempSite()
            .Page("how-to/a.md", "A", "Intro.\n\nSee ![](shot.png) and ![  ](two.png).\n\n![The dashboard](three.png)\n")
            .Bytes("content/how-to/shot.png", [1]).Bytes("content/how-to/two.png", [1]).Bytes("content/how-to/three.png", [1]);
        var result = site.Build(write: false);

        var found = result.Diagnostics.Where(d => d.Code == "HPD151").Select(d => d.ToString()).ToList();
        Assert.Equal(2, found.Count);
        Assert.Contains("content/how-to/a.md(6,5)", found[0], StringComparison.Ordinal);
        Assert.Contains("'shot.png'", found[0], StringComparison.Ordinal);
        Assert.Contains("content/how-to/a.md(6,23)", found[1], StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Alt_text_made_only_of_markup_still_counts_as_text()
    {
        using var site = new TempSite()
            .Page("how-to/a.md", "A", "![`hotpass` output](shot.png)\n").Bytes("content/how-to/shot.png", [1]);
        Assert.DoesNotContain(site.Build(write: false).Diagnostics, d => d.Code == "HPD151");
    }
}
