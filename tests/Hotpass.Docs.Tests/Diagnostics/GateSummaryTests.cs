using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Tests.Diagnostics;

/// <summary>The job summary of a build's gates: counts by code and the first errors, linked to their lines under
/// Actions and plain <c>path(line,col)</c> elsewhere; text from pages cannot become markup.</summary>
public sealed class GateSummaryTests
{
    private static readonly Diagnostic[] Diagnostics =
    [
        Diagnostic.Create(DiagnosticCodes.BrokenLink, new SourceLocation("content/how-to/a b.md", 4, 9), "x.md", "how-to/x.html", ""),
        Diagnostic.Create(DiagnosticCodes.BrokenLink, new SourceLocation("content/index.md", 2, 1), "<script>|y", "y", ""),
        Diagnostic.Create(DiagnosticCodes.ExternalLinkFailed, new SourceLocation("content/index.md", 3, 1), "https://example.org", "timeout"),
    ];

    [Fact]
    public void Without_a_repository_locations_are_plain_text()
    {
        Assert.Equal(
            "## hotpass-docs build failed its gates\n\n2 errors, 1 warnings.\n\n"
            + "| code | severity | count | title |\n| --- | --- | ---: | --- |\n"
            + "| HPD200 | error | 2 | Broken link |\n| HPD206 | warning | 1 | External link failed |\n\n"
            + "### Errors\n\n"
            + "- content/how-to/a b.md\\(4,9\\): HPD200: Link 'x.md' points to 'how-to/x.html', which is not part of the site\n"
            + "- content/index.md\\(2,1\\): HPD200: Link '&lt;script&gt;\\|y' points to 'y', which is not part of the site\n\n",
            GateSummary.Write("build", 1, Diagnostics, null));
    }

    [Fact]
    public void Under_actions_errors_link_to_their_lines_at_the_commit()
    {
        var links = SourceLinks.FromEnvironment(name => name switch
        {
            "GITHUB_REPOSITORY" => "octo/hotpass",
            "GITHUB_SHA" => "abc123",
            _ => null,
        });
        var summary = GateSummary.Write("check", 1, Diagnostics, links);
        Assert.Contains("- [content/how-to/a b.md\\(4,9\\)](https://github.com/octo/hotpass/blob/abc123/content/how-to/a%20b.md#L4): HPD200:", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_commit_there_are_no_links() =>
        Assert.Null(SourceLinks.FromEnvironment(name => name == "GITHUB_REPOSITORY" ? "octo/hotpass" : null));

    [Fact]
    public void A_clean_build_says_it_passed() =>
        Assert.Equal("## hotpass-docs build passed\n\n0 errors, 0 warnings.\n\n", GateSummary.Write("build", 0, [], null));
}
