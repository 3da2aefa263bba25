using System.Text;
using Hotpass.Docs.Cli.Serve;

namespace Hotpass.Docs.Tests.Serve;

/// <summary>The reload script tag goes before the last body end tag, or at the end of a page without one.</summary>
public sealed class LiveReloadScriptTests
{
    [Theory]
    [InlineData("<html><body><p>&lt;/body&gt;</p></body></html>", "<html><body><p>&lt;/body&gt;</p><script src=\"/__hotpass-docs/live.js\" data-generation=\"7\"></script>\n</body></html>")]
    [InlineData("<p>fragment</p>", "<p>fragment</p><script src=\"/__hotpass-docs/live.js\" data-generation=\"7\"></script>\n")]
    public void The_tag_is_injected_once_at_the_end_of_the_body(string page, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(LiveReloadScript.Inject(Encoding.UTF8.GetBytes(page), 7)));

    [Fact]
    public void The_overlay_never_parses_diagnostics_as_html() =>
        Assert.DoesNotContain("innerHTML", LiveReloadScript.Source, StringComparison.Ordinal);
}
