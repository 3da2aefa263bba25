namespace Hotpass.Docs.Render.Templates.View;

/// <summary>What every page shows of the site: its title and the instant its review status is judged at.</summary>
/// <param name="AsOf">The as-of day, <c>yyyy-MM-dd</c>.</param>
/// <param name="Preview">Set only on a pull-request preview build.</param>
internal sealed record SiteView(string Title, string AsOf, string? AsOfNote, PreviewView? Preview = null);
