using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model.Review;

/// <summary>The fingerprints last accepted in review (<c>governance.lock.json</c> at the site root), by id.</summary>
public sealed record ReviewLock(IReadOnlyDictionary<string, string> Controls, IReadOnlyDictionary<string, string> Risks)
{
    /// <summary>The lock file's name, at the site root beside <c>hotpass-docs.yml</c>.</summary>
    public const string FileName = "governance.lock.json";

    /// <summary>A lock that accepts the model as it stands, whole (<paramref name="ids"/> empty) or for the named
    /// controls and risks only, keeping this lock's other entries that still name something declared.</summary>
    public ReviewLock Accept(GovernanceModel model, IReadOnlySet<string> ids)
    {
        var all = ids.Count == 0;
        var controls = model.Controls.Where(c => all || ids.Contains(c.Id) || Controls.ContainsKey(c.Id)).ToDictionary(
            c => c.Id, c => all || ids.Contains(c.Id) ? DeclarationFingerprint.Of(c) : Controls[c.Id], StringComparer.Ordinal);
        var risks = model.Risks.Where(r => all || ids.Contains(r.Id) || Risks.ContainsKey(r.Id)).ToDictionary(
            r => r.Id, r => all || ids.Contains(r.Id) ? DeclarationFingerprint.Of(r) : Risks[r.Id], StringComparer.Ordinal);
        return new ReviewLock(controls, risks);
    }

    public static ReviewLock Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());
}
