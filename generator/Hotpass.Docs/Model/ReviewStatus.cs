using Hotpass.Docs.Load;

namespace Hotpass.Docs.Model;

/// <summary>Where a page stands on review as of the instant being judged, computed once in the model.</summary>
/// <param name="NextReview">Its last review plus <c>review_every</c>; null when either is missing.</param>
/// <param name="IsDue">The instant has reached <paramref name="NextReview"/> (the boundary counts as due).</param>
public sealed record ReviewStatus(DateOnly? LastReviewed, DateOnly? NextReview, bool IsDue)
{
    public static ReviewStatus None { get; } = new(null, null, false);

    public static ReviewStatus Of(FrontMatter frontMatter, DateTimeOffset asOf)
    {
        var next = ReviewSchedule.NextReview(frontMatter);
        return new ReviewStatus(frontMatter.LastReviewed, next, next is { } n && DateOnly.FromDateTime(asOf.UtcDateTime) >= n);
    }
}
