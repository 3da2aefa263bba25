using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Matches controls' <c>evidence:</c> entries against the site's items, each distinct entry text parsed and
/// matched once: a glob becomes a regular expression whose construction costs far more than matching it, and a
/// thousand controls citing fifty patterns should build fifty, not a thousand.</summary>
internal sealed class EvidenceMatcher(IReadOnlyList<EvidenceItem> items)
{
    private readonly Dictionary<string, Match> _byText = new(StringComparer.Ordinal);

    /// <summary>The items the entry matches, in the order of the items given; none, with the problem, when the entry
    /// leaves the evidence folder.</summary>
    public Match For(string entry)
    {
        if (!_byText.TryGetValue(entry, out var match)) _byText[entry] = match = Compute(entry);
        return match;
    }

    private Match Compute(string entry)
    {
        var pattern = EvidencePattern.Parse(entry, out var problem);
        return pattern is null ? new Match([], problem) : new Match([.. items.Where(pattern.Matches)], null);
    }

    /// <param name="Problem">Why the entry is refused (absolute, or climbing out with <c>..</c>); null when it was matched.</param>
    public sealed record Match(IReadOnlyList<EvidenceItem> Hits, string? Problem);
}
