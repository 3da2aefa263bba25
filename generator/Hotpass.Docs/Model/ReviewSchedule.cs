using Hotpass.Docs.Load;

namespace Hotpass.Docs.Model;

/// <summary>When a page is next due for review: its last review plus its <c>review_every</c> duration.</summary>
internal static class ReviewSchedule
{
    public static DateOnly? NextReview(FrontMatter frontMatter)
    {
        if (frontMatter.LastReviewed is not { } last || frontMatter.ReviewEvery is not { } every) return null;
        var start = new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Past the calendar's end there is no review date: the front matter reader has reported it.
        return every.TryAddTo(start) is { } next ? DateOnly.FromDateTime(next.UtcDateTime) : null;
    }

    /// <summary>True once the instant being judged has reached the next review date (the boundary counts as due).</summary>
    public static bool IsDue(FrontMatter frontMatter, DateTimeOffset asOf) =>
        NextReview(frontMatter) is { } next && DateOnly.FromDateTime(asOf.UtcDateTime) >= next;
}
