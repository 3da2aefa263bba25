using Hotpass.Docs.Configuration;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Reads a cadence as people write it: the contract's words, the phrasings found in governance tables
/// ("Monthly", "Per build", "Each sprint", "Per PR", "Each deploy"), or an ISO 8601 duration.</summary>
/// <remarks>Case, spaces, hyphens and underscores are ignored, and a leading "per", "each" or "every" is dropped,
/// so "Per release", "each-release" and "release" are one cadence. A deploy is a release: both are events after
/// which new evidence is made, so both use the policy's release age.</remarks>
internal static class CadenceParser
{
    public static Cadence? Parse(string text, CadencePolicy policy)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('P') && IsoDuration.TryParse(trimmed, out var duration))
            return new Cadence(text, trimmed, CadenceKind.Period, duration);
        return Normalise(trimmed) switch
        {
            "build" or "commit" or "perbuild" => new Cadence(text, "per-build", CadenceKind.PerBuild, null),
            "daily" or "day" => Period(text, "daily", new IsoDuration(0, 0, 0, 1, TimeSpan.Zero)),
            "weekly" or "week" => Period(text, "weekly", new IsoDuration(0, 0, 1, 0, TimeSpan.Zero)),
            "sprint" => Period(text, "sprint", policy.Sprint),
            "monthly" or "month" => Period(text, "monthly", new IsoDuration(0, 1, 0, 0, TimeSpan.Zero)),
            "quarterly" or "quarter" => Period(text, "quarterly", new IsoDuration(0, 3, 0, 0, TimeSpan.Zero)),
            "yearly" or "year" or "annually" or "annual" => Period(text, "yearly", new IsoDuration(1, 0, 0, 0, TimeSpan.Zero)),
            "release" or "deploy" or "deployment" =>
                new Cadence(text, "release", CadenceKind.Release, policy.ReleaseMaxAge),
            "pr" or "pullrequest" or "mergerequest" =>
                new Cadence(text, "per-pr", CadenceKind.PullRequest, policy.PullRequestMaxAge),
            _ => null,
        };
    }

    private static Cadence Period(string text, string name, IsoDuration period) => new(text, name, CadenceKind.Period, period);

    private static string Normalise(string text)
    {
        var letters = new string([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        foreach (var prefix in (string[])["every", "each", "per"])
            if (letters.StartsWith(prefix, StringComparison.Ordinal) && letters.Length > prefix.Length && letters != "perbuild")
                return letters[prefix.Length..];
        return letters;
    }
}
