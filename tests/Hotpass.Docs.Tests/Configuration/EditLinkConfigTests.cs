using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary><c>repo_url</c> and <c>edit_uri</c>: read as MkDocs reads them, and a bad value reported at its line and column
/// with the configuration's own diagnostic, the key then ignored.</summary>
public sealed class EditLinkConfigTests
{
    private static (SiteConfig Config, string Diagnostics) Read(string yaml)
    {
        using var site = new TempSite();
        site.File(SiteConfig.FileName, yaml);
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, bag);
        return (config, TempSite.Lines(bag.ToSortedList()));
    }

    [Theory]
    [InlineData("repo_url: javascript:alert(1)\nedit_uri: edit/main/content/\n",
        "hotpass-docs.yml(1,11): error HPD003: Configuration key 'repo_url' must be an absolute http or https URL, such as https://github.com/ORG/REPO\n"
        + "hotpass-docs.yml(2,11): error HPD003: Configuration key 'edit_uri' is a path to join onto repo_url, which is not set")]
    [InlineData("repo_url: ftp://example.org/repo\n",
        "hotpass-docs.yml(1,11): error HPD003: Configuration key 'repo_url' must be an absolute http or https URL, such as https://github.com/ORG/REPO")]
    [InlineData("repo_url: https://github.com/o/r\nedit_uri: data:text/html,x\n",
        "hotpass-docs.yml(2,11): error HPD003: Configuration key 'edit_uri' must be an absolute http or https URL, or a path to join onto repo_url (edit/main/docs/)")]
    [InlineData("repo_url: https://github.com/o/r\nedit_uri: //evil.example/\n",
        "hotpass-docs.yml(2,11): error HPD003: Configuration key 'edit_uri' must be an absolute http or https URL, or a path to join onto repo_url (edit/main/docs/)")]
    [InlineData("repo_url: \"https://github.com/o/r\\\" onmouseover=\\\"x\"\n",
        "hotpass-docs.yml(1,11): error HPD003: Configuration key 'repo_url' must not hold spaces, control characters, quotes or angle brackets")]
    public void A_bad_value_is_reported_where_it_stands_and_ignored(string yaml, string expected)
    {
        var (config, diagnostics) = Read(yaml);
        Assert.Equal(expected, diagnostics);
        Assert.Null(EditLinks.From(config));
    }

    [Theory]
    [InlineData("repo_url: https://github.com/o/r\nedit_uri: edit/main/content/\n", "https://github.com/o/r/edit/main/content/how-to/rotate.md")]
    [InlineData("repo_url: https://github.com/o/r/\nedit_uri: edit/main/content\n", "https://github.com/o/r/edit/main/content/how-to/rotate.md")]
    [InlineData("repo_url: https://gitlab.example/g/r\nedit_uri: /g/r/-/edit/main/docs/\n", "https://gitlab.example/g/r/-/edit/main/docs/how-to/rotate.md")]
    [InlineData("repo_url: https://dev.azure.com/o/p/_git/r\nedit_uri: ?path=/docs/\n", "https://dev.azure.com/o/p/_git/r?path=/docs/how-to/rotate.md")]
    [InlineData("edit_uri: https://forge.example/r/edit/trunk/content/\n", "https://forge.example/r/edit/trunk/content/how-to/rotate.md")]
    public void The_link_is_edit_uri_then_the_path_under_the_content_folder_joined_onto_repo_url(string yaml, string expected)
    {
        var (config, diagnostics) = Read(yaml);
        Assert.Equal("", diagnostics);
        Assert.Equal(expected, EditLinks.From(config)!.For("how-to/rotate.md"));
    }

    [Theory]
    [InlineData("repo_url: https://github.com/o/r\n")]
    [InlineData("repo_url: https://github.com/o/r\nedit_uri: \"\"\n")]
    [InlineData("")]
    public void Without_an_edit_uri_there_are_no_edit_links(string yaml) => Assert.Null(EditLinks.From(Read(yaml).Config));

    [Fact]
    public void File_names_are_percent_encoded_so_none_can_read_as_a_scheme_or_leave_the_path() =>
        Assert.Equal("https://github.com/o/r/edit/main/content/javascript%3Aalert(1)%20%23x%3F.md",
            EditLinks.From(Read("repo_url: https://github.com/o/r\nedit_uri: edit/main/content/\n").Config)!.For("javascript:alert(1) #x?.md"));
}
