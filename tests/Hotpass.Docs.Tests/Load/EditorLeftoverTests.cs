using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Load;

/// <summary>What editors leave beside the files they edit (<c>NAME~</c> backups, <c>#NAME#</c> autosaves, <c>.#NAME</c>
/// locks, vim's <c>.swp</c>/<c>.swo</c> swap files, Finder's <c>.DS_Store</c>) is never read by a build: not as a page,
/// not as evidence, not as a theme file or catalogue, and never published. The site built with them is the site built
/// without them, byte for byte, with the same diagnostics.</summary>
public sealed class EditorLeftoverTests
{
    /// <summary>Each of the site's own files, with what an editor would leave beside it.</summary>
    private static readonly string[] Edited =
    [
        "content/how-to/rotate.md", "content/index.md", "evidence/vault-audit.csv", "evidence/vault-audit.csv.evidence.yaml",
        "templates/assets/site.css", "templates/layouts/page.liquid", "frameworks/demo.yaml",
    ];

    [Theory]
    [InlineData("{0}~")]
    [InlineData("#{0}#")]
    [InlineData(".#{0}")]
    [InlineData("{0}.swp")]
    [InlineData(".{0}.swp")]
    [InlineData("{0}.swo")]
    [InlineData(".DS_Store")]
    public void A_site_with_editor_leftovers_builds_the_same_bytes_as_without_them(string leftover)
    {
        using var site = GovernanceSite.Create();
        site.File("templates/assets/site.css", "body { color: black; }\n")
            .File("templates/layouts/page.liquid", "<!doctype html><html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n");
        var (clean, cleanSite) = site.BuildInMemory();
        Assert.Equal(0, clean.ExitCode);

        foreach (var path in Edited)
        {
            var folder = Path.GetDirectoryName(path)!;
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, leftover, Path.GetFileName(path));
            // A leftover holds a copy of what it stands beside (or junk, for .DS_Store): read, it would be a second page,
            // a second evidence file with a clashing id, an asset, a second catalogue of the same framework.
            site.Bytes(Path.Combine(folder, name), File.ReadAllBytes(Path.Combine(site.Root, path)));
        }
        var (dirty, dirtySite) = site.BuildInMemory();

        Assert.Equal(TempSite.Lines(clean.Diagnostics), TempSite.Lines(dirty.Diagnostics));
        Assert.Equal(0, dirty.ExitCode);
        Assert.Equal(cleanSite.Files.Keys, dirtySite.Files.Keys);
        Assert.All(cleanSite.Files, f => Assert.Equal(f.Value, dirtySite.Files[f.Key]));
    }
}
