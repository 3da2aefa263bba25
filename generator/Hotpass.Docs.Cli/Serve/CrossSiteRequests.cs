using Microsoft.AspNetCore.Http;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>Which requests another web page made: any page the author visits can include
/// <c>http://127.0.0.1:PORT/search-index.js</c> as a script (a no-cors request, which CORS does not stop) and read
/// the draft site through the globals it sets, so <c>serve</c> answers only its own pages and the author's own
/// navigation.</summary>
/// <remarks>A browser says who asked in <c>Sec-Fetch-Site</c>: <c>same-origin</c> (the served pages themselves) and
/// <c>none</c> (the address bar, a bookmark) are answered. <c>same-site</c> is refused as well as <c>cross-site</c>:
/// sites ignore ports, so any other server on localhost (a dev server, a tool's web UI) is same-site. Browsers too old
/// to send it still send <c>Origin</c> on CORS and non-GET requests, which must then be this server's own origin;
/// <c>Origin: null</c> (a sandboxed frame, a file:// page) is not. A request with neither header (curl, a test) comes
/// from no web page and is answered.</remarks>
internal static class CrossSiteRequests
{
    /// <summary>Why the request is refused, or null when it may be answered.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return "another site made the request";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, "http://" + request.Host.Value, StringComparison.OrdinalIgnoreCase))
            return "another origin made the request";
        return null;
    }
}
