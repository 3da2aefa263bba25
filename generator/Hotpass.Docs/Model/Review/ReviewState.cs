using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model.Review;

/// <summary>Which declarations changed since they were last accepted in review, judged once in the model stage. A
/// control is suspect when its own fingerprint differs from the lock's (or it was never accepted) or when a risk it
/// mitigates changed its scores, as Doorstop marks a link suspect when the item it points to changed.</summary>
/// <param name="Tracked">False when the site has no lock file: nothing is suspect until the first <c>review accept</c>.</param>
public sealed record ReviewState(bool Tracked, IReadOnlyDictionary<string, string> SuspectControls, IReadOnlyDictionary<string, string> SuspectRisks)
{
    public static ReviewState Untracked { get; } = new(false, new Dictionary<string, string>(), new Dictionary<string, string>());

    public string? SuspectReason(Control control) => SuspectControls.GetValueOrDefault(control.Id);

    public string? SuspectReason(Risk risk) => SuspectRisks.GetValueOrDefault(risk.Id);

    public static ReviewState Of(GovernanceModel model, ReviewLock? review)
    {
        if (review is null) return Untracked;
        var risks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var risk in model.Risks)
            if (Changed(review.Risks, risk.Id, DeclarationFingerprint.Of(risk)) is { } why) risks[risk.Id] = why + " (its scores)";
        var controls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var control in model.Controls)
        {
            var reasons = new List<string>();
            if (Changed(review.Controls, control.Id, DeclarationFingerprint.Of(control)) is { } why) reasons.Add(why);
            reasons.AddRange(model.RisksFor(control).Where(r => risks.ContainsKey(r.Id)).Select(r => $"risk {r.Id}, which it mitigates, {risks[r.Id]}"));
            if (reasons.Count > 0) controls[control.Id] = string.Join("; ", reasons);
        }
        return new ReviewState(true, controls, risks);
    }

    private static string? Changed(IReadOnlyDictionary<string, string> accepted, string id, string fingerprint) =>
        !accepted.TryGetValue(id, out var last) ? "it has not been accepted in review since it was declared"
        : last != fingerprint ? "its declaration changed since it was last accepted in review"
        : null;
}
