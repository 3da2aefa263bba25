using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary>An unknown key in hotpass-docs.yml is reported where it stands, with the known key it most likely meant.</summary>
public sealed class UnknownConfigKeyTests
{
    [Theory]
    [InlineData("titel: Docs\n", "hotpass-docs.yml(1,1): warning HPD002: Unknown configuration key 'titel'; did you mean 'title'?")]
    [InlineData("title: Docs\nbase_ulr: https://x.org/\n", "hotpass-docs.yml(2,1): warning HPD002: Unknown configuration key 'base_ulr'; did you mean 'base_url'?")]
    [InlineData("theme: dark\n", "hotpass-docs.yml(1,1): warning HPD002: Unknown configuration key 'theme'")]
    public void Reports_the_key_with_a_suggestion_when_one_is_an_edit_away(string yaml, string expected)
    {
        using var site = new TempSite();
        site.File(SiteConfig.FileName, yaml);
        var bag = new DiagnosticBag();

        SiteConfigReader.Read(site.Root, bag);

        Assert.Equal(expected, TempSite.Lines(bag.ToSortedList()));
    }
}
