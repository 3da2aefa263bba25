using Hotpass.Docs.Cli.Serve;

namespace Hotpass.Docs.Tests.Serve;

/// <summary>Request targets to output paths: what is served, and every shape of escape that is refused.</summary>
public sealed class RequestPathResolverTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/how-to/", "how-to/index.html")]
    [InlineData("/how-to/guide.html", "how-to/guide.html")]
    [InlineData("/how-to/guide.html?x=1#top", "how-to/guide.html")]
    [InlineData("/caf%C3%A9.html", "café.html")]
    [InlineData("/100%25.html", "100%.html")]
    [InlineData("/%252e%252e/x", "%2e%2e/x")]
    [InlineData("/a:b.html", "a:b.html")]
    public void Paths_inside_the_site_map_to_output_paths(string target, string expected) =>
        Assert.Equal(expected, RequestPathResolver.Resolve(target));

    [Theory]
    [InlineData("/../x")]
    [InlineData("/a/../../x")]
    [InlineData("/./x")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/%2E./x")]
    [InlineData("/a%2fb")]
    [InlineData("/a%5Cb")]
    [InlineData("/a\\b")]
    [InlineData("//host/x")]
    [InlineData("http://host/x")]
    [InlineData("x")]
    [InlineData("/a%00b")]
    [InlineData("/a/..")]
    public void Paths_that_could_leave_the_site_are_refused(string target) =>
        Assert.Null(RequestPathResolver.Resolve(target));
}
