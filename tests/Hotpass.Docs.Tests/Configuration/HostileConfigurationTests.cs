using System.Text;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary>A hostile or broken hotpass-docs.yml is a clean configuration error (exit 2) at its location, never a crash.</summary>
public sealed class HostileConfigurationTests
{
    private static TempSite SiteWith(string config) => new TempSite().Page("a.md", "A").File("hotpass-docs.yml", config);

    [Theory]
    [InlineData("base_url: \"https://x.example/\\u0007\"\n", "HPD230")]
    [InlineData("base_url: \"/docs\\n/\"\n", "HPD230")]
    [InlineData("out: \"_site\\0x\"\n", "HPD003")]
    [InlineData("templates: \"tem\\0plates\"\n", "HPD003")]
    [InlineData("content: \"con\\0tent\"\n", "HPD003")]
    public void Control_characters_in_paths_and_urls_are_configuration_errors(string config, string code)
    {
        using var site = SiteWith(config);
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Fact]
    public void Two_sections_for_one_folder_are_reported_not_crashed_on()
    {
        using var site = SiteWith("sections:\n  - folder: how-to\n    title: One\n  - folder: how-to\n    title: Two\n");
        site.Page("how-to/x.md", "X");
        var result = site.Build(write: false);
        Assert.Equal("hotpass-docs.yml(4,5): error HPD026: Section folder 'how-to' is configured twice; the first entry is used",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Invalid_utf8_in_the_configuration_is_reported()
    {
        using var site = new TempSite().Page("a.md", "A").Bytes("hotpass-docs.yml", [.. "title: Caf"u8, 0xE9, .. "\n"u8]);
        var result = site.Build(write: false);
        Assert.Equal("hotpass-docs.yml(1,11): error HPD025: Configuration file is not valid UTF-8: byte 0xE9 cannot start or continue a character",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_oversized_configuration_is_refused_before_it_is_parsed()
    {
        var config = new StringBuilder("title: Big\n");
        while (config.Length <= SiteConfig.MaxFileBytes) config.Append("# padding padding padding padding padding padding\n");
        using var site = SiteWith(config.ToString());
        var result = site.Build(write: false);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HPD024", d.Code);
        Assert.Equal(2, result.ExitCode);
    }
}
