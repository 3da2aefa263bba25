using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Render;

/// <summary>Renders <c>404.html</c>, which a server returns for a missing path at any depth, so its links and
/// stylesheet cannot be relative to where it sits. With a base URL it gets <c>&lt;base href&gt;</c>; without one
/// its stylesheet is inlined and a small script in the layout finds the site root before showing its links.</summary>
internal static class NotFoundPage
{
    public const string OutputPath = "404.html";

    private const string Stylesheet = "assets/site.css";

    public static string Render(LiquidRenderer liquid, PageViewBuilder views, ThemeFiles theme, string? baseUrl)
    {
        var baseHref = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var inlineCss = baseHref is null ? InlineSafe(theme.ReadText(Stylesheet) ?? "") : null;
        return liquid.Render("404", views.BuildNotFound(baseHref, inlineCss));
    }

    /// <summary>A theme's stylesheet cannot close the &lt;style&gt; element it is inlined into: <c>&lt;\/</c> means the
    /// same in CSS strings and is no end tag to the HTML parser.</summary>
    private static string InlineSafe(string css) => css.Replace("</", "<\\/", StringComparison.Ordinal);
}
