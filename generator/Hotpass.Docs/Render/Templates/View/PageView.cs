namespace Hotpass.Docs.Render.Templates.View;

/// <summary>Everything a layout sees when it renders one page; templates read its members in snake_case
/// (<c>root_pages</c>, <c>page.type_label</c>).</summary>
/// <param name="Root">The relative prefix from the page back to the site root ("" or "../" repeated).</param>
/// <param name="Base">Where the site is published, set only on pages that cannot use relative links (404).</param>
/// <param name="InlineCss">The stylesheet inlined into a page that cannot know where the site root is (404 without a base URL).</param>
/// <param name="Nav">The sections, with the one holding this page opened.</param>
internal sealed record PageView(
    SiteView Site,
    string Root,
    string? Base,
    CurrentPage Page,
    IReadOnlyList<NavSection> Nav,
    IReadOnlyList<NavLink> RootPages,
    IReadOnlyList<NavLink> Breadcrumbs,
    IReadOnlyList<PageCard> Children,
    NavLink? Prev,
    NavLink? Next,
    string? InlineCss = null)
{
    /// <summary>Each registered feature's view of the page, in registration order (null where it shows none): templates
    /// read each under the feature's name (<c>governance</c>: a risk page's risk, a markdown page's backlinks;
    /// <c>evidence</c>: an evidence page or the index), not under this one, which they do not see.</summary>
    internal IReadOnlyList<object?> Features { get; init; } = [];
}
