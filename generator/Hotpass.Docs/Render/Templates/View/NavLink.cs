namespace Hotpass.Docs.Render.Templates.View;

/// <summary>A link to a page in navigation, breadcrumbs or the pager.</summary>
/// <param name="Url">The page's output path, relative to the site root.</param>
/// <param name="Current">The link points at the page being rendered.</param>
internal sealed record NavLink(string Title, string Url, bool Current);
