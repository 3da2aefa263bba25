using Hotpass.Docs.Render.Markdown;

namespace Hotpass.Docs.Render.Templates.View;

/// <summary>The page being rendered, as its layout shows it.</summary>
/// <param name="Kind">The page's role: <c>home</c>, <c>section</c>, <c>article</c> or <c>not-found</c>.</param>
/// <param name="Type">The Diátaxis type key (<c>how-to</c>), for CSS classes.</param>
/// <param name="Content">The body, already rendered to safe HTML.</param>
/// <param name="LastReviewed">Dates as <c>yyyy-MM-dd</c>.</param>
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
    IReadOnlyList<TocEntry> Toc);
