using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The reading-conventions fixture site (<c>Fixtures/sites/reading</c>: code blocks, heading links, admonitions in
/// three syntaxes, an edit link and a last-updated day) built once, with Chromium.</summary>
public sealed class ReadingSite : BrowserSite
{
    public const string Guide = "how-to/rerun-failed-chunk.html";

    public static string Root => Path.Combine(RepoPaths.TestProject, "Fixtures", "sites", "reading");

    protected override string SiteRoot => Root;
}
