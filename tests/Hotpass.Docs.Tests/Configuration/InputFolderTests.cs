using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary>A configured input folder reached through a symbolic link among its ancestors is judged by where it really
/// is: outside the site root it is refused at its key, and nothing from there is read or published.</summary>
public sealed class InputFolderTests
{
    private const string Secret = "OUTSIDE-THE-ROOT-7f3a";

    [Theory]
    [InlineData("content", "docs", "docs/a.md", "---\ntitle: Leaked " + Secret + "\n---\nText.\n")]
    [InlineData("templates", "theme", "theme/assets/leak.css", "/* " + Secret + " */\n")]
    [InlineData("evidence", "proof", "proof/leak.md", Secret + "\n")]
    public void A_folder_behind_a_linked_ancestor_outside_the_root_is_refused_and_nothing_from_there_is_published(
        string key, string folder, string file, string text)
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("hotpass-docs.yml", $"title: Site\n{key}: sub/{folder}\n");
        var outside = site.Root + "-outside";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(outside, file))!);
        File.WriteAllText(Path.Combine(outside, file), text);
        if (key == "evidence") File.WriteAllText(Path.Combine(outside, file + ".evidence.yaml"), "collected_at: 2025-11-22T00:00:00Z\n");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "sub"), outside);
            var result = site.Build();
            Assert.Equal(
                $"hotpass-docs.yml(2,{key.Length + 3}): error HPD003: Configuration key '{key}' must be a folder inside the site root: " +
                $"'sub/{folder}' leads outside it through a symbolic link",
                TempSite.Lines(result.Diagnostics));
            Assert.Equal(2, result.ExitCode);
            Assert.False(Directory.Exists(site.OutDir));

            // Even with the code downgraded, the refused folder is never used: the default one is.
            site.File("hotpass-docs.yml", $"title: Site\n{key}: sub/{folder}\ndiagnostics:\n  HPD003: warning\n");
            Assert.Equal(0, site.Build().ExitCode);
            Assert.False(site.AnyOutputHolds(Secret));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_folder_behind_a_linked_ancestor_that_stays_inside_the_root_is_read()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "title: Site\ncontent: sub/docs\n").File("real/docs/index.md", "---\ntitle: Home\n---\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "sub"), "real");
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Contains("Home", site.Read("index.html"), StringComparison.Ordinal);
    }
}
