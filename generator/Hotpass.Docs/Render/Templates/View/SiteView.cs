namespace Hotpass.Docs.Render.Templates.View;

/// <summary>What every page shows of the site: its title and the instant its review status is judged at.</summary>
/// <param name="AsOf">The as-of day, <c>yyyy-MM-dd</c>.</param>
/// <param name="Preview">Set only on a pull-request preview build.</param>
/// <param name="AsOfInstant">The as-of instant as readers read it, <c>2025-11-23 00:00 UTC</c>.</param>
/// <param name="AsOfIso">The same instant for a <c>datetime</c> attribute.</param>
/// <param name="BaseUrl">The absolute http(s) URL the site is published at, ending in <c>/</c>; null when none is known
/// (no <c>base_url</c>, or a relative one), so a page's absolute URL is <c>base_url</c> then <c>page.url</c>.</param>
internal sealed record SiteView(string Title, string AsOf, string? AsOfNote, PreviewView? Preview = null,
    string? AsOfInstant = null, string? AsOfIso = null, string? BaseUrl = null);
