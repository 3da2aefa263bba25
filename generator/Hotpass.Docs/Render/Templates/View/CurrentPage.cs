using Hotpass.Docs.Render.Markdown;

namespace Hotpass.Docs.Render.Templates.View;

/// <summary>The page being rendered, as its layout shows it.</summary>
/// <param name="Kind">The page's role: <c>home</c>, <c>section</c>, <c>article</c> or <c>not-found</c>.</param>
/// <param name="Type">The Diátaxis type key (<c>how-to</c>), for CSS classes.</param>
/// <param name="Content">The body, already rendered to safe HTML.</param>
/// <param name="LastReviewed">Dates as <c>yyyy-MM-dd</c>.</param>
/// <param name="LastUpdated">The UTC day the page's markdown says it last changed (<c>last_updated</c>, else
/// <c>last_reviewed</c>), <c>yyyy-MM-dd</c>; for a risk or control page, its declaring page's.</param>
/// <param name="EditUrl">Where to edit the markdown behind the page (<c>repo_url</c> + <c>edit_uri</c>), or null.</param>
/// <param name="PrintStyle">The CSS <c>@page</c> rule that prints the site, the as-of instant and the page's absolute
/// URL in the margins of every sheet (<see cref="PrintMargins"/>), safe to write inside a <c>&lt;style&gt;</c>.</param>
/// <param name="EditsDeclaration">Whether that markdown is another page that declares what this one shows.</param>
internal sealed record CurrentPage(
    string Title,
    string? Summary,
    string Kind,
    string? Type,
    string? TypeLabel,
    string? Owner,
    string? LastReviewed,
    string? NextReview,
    bool ReviewDue,
    string? Source,
    string? Url,
    string? Content,
    IReadOnlyList<TocEntry> Toc,
    string? LastUpdated = null,
    string? EditUrl = null,
    bool EditsDeclaration = false,
    string? PrintStyle = null);
