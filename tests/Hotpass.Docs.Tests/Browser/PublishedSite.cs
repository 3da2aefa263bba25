namespace Hotpass.Docs.Tests.Browser;

/// <summary>The shipped site built for where it would be published (<c>--base-url</c>), so its pages know their
/// absolute URLs, with Chromium.</summary>
public sealed class PublishedSite : BrowserSite
{
    public override string? BaseUrl => "https://docs.example.org/hotpass/";
}
