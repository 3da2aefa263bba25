using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Model.Review;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>The evidence step of the load and model stages: the evidence folder scanned, each control's patterns
/// resolved (reported at the control when they match nothing or leave the folder), each control judged once.</summary>
internal static class EvidenceStage
{
    /// <summary>Reads the items of <c>evidence/</c>, less what <paramref name="excluded"/> leaves out; a site without the
    /// folder has none.</summary>
    public static IReadOnlyList<EvidenceItem> Load(string root, EvidenceSettings settings, InputExclusions excluded, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(root, settings.Dir);
        return Directory.Exists(dir) ? EvidenceScanner.Scan(dir, settings.Dir + "/", diagnostics, excluded) : [];
    }

    /// <param name="commit">The commit being built, which per-build evidence must carry; null when unknown.</param>
    /// <param name="review">Which declarations changed since review; a suspect control that its evidence alone would show
    /// fresh, due or waived is shown suspect.</param>
    public static EvidenceModel Judge(IReadOnlyList<EvidenceItem> items, GovernanceModel governance, EvidenceSettings settings,
        DateTimeOffset asOf, string? commit, DiagnosticBag diagnostics, ReviewState? review = null)
    {
        review ??= ReviewState.Untracked;
        var signatures = SignatureJudge.Judge(items, settings, diagnostics);
        var judge = new ControlJudge(asOf, settings.DueFraction, commit,
            item => signatures.TryGetValue(item.Path, out var s) && s.State == SignatureState.Verified);
        // Fail closed: evidence from after the instant judged at is reported once, at the time it names, and the judge
        // never counts it (so a downgraded code changes no status).
        foreach (var item in items.Where(i => i.CollectedAt > asOf))
            diagnostics.Report(DiagnosticCodes.EvidenceAfterAsOf, item.CollectedAtLocation ?? SourceLocation.File(settings.Dir + "/" + item.Path),
                item.Id, Timestamps.Iso(item.CollectedAt!.Value), Timestamps.Iso(asOf));
        var judgements = new List<ControlEvidence>();
        var matcher = new EvidenceMatcher(items);
        var byItem = new Dictionary<string, List<ItemJudgement>>(StringComparer.Ordinal);
        foreach (var control in governance.Controls)
        {
            var matches = Resolve(control, items, matcher, diagnostics);
            var expect = ExpectReader.Read(control, diagnostics);
            if (control.Cadence is { NeedsCurrentCommit: true } && commit is null && matches.Count > 0)
                diagnostics.Report(DiagnosticCodes.EvidenceCommitUnknown, control.Location, control.Id, "");
            foreach (var undated in matches.Where(m => m.CollectedAt is null))
                diagnostics.Report(DiagnosticCodes.EvidenceUndated, control.Location, control.Id, undated.Id);
            var judged = judge.Judge(control, matches, expect, governance.WaiversInForce(control, asOf), governance.RequiredKinds(control));
            judgements.Add(review.SuspectReason(control) is { } suspect ? Suspect(judged, suspect) : judged);
            foreach (var item in matches)
            {
                if (!byItem.TryGetValue(item.Path, out var list)) byItem[item.Path] = list = [];
                list.Add(judge.JudgeItem(control, item));
            }
        }
        return new EvidenceModel(items, judgements, settings)
        {
            Review = review,
            ItemJudgements = byItem.ToDictionary(p => p.Key, p => (IReadOnlyList<ItemJudgement>)p.Value, StringComparer.Ordinal),
            Signatures = signatures,
        };
    }

    /// <summary>Stale, missing and failing stay what they are (they fail the gate whatever review says); the rest show suspect.</summary>
    private static ControlEvidence Suspect(ControlEvidence judged, string why) =>
        judged.Status is ControlStatus.Fresh or ControlStatus.Due or ControlStatus.Waived
            ? judged with { Status = ControlStatus.Suspect, Earned = judged.Earned, Suspect = why }
            : judged with { Suspect = why };

    private static List<EvidenceItem> Resolve(Control control, IReadOnlyList<EvidenceItem> items, EvidenceMatcher matcher, DiagnosticBag diagnostics)
    {
        if (control.Evidence.Count == 0) return [];
        var matched = new HashSet<EvidenceItem>(ReferenceEqualityComparer.Instance);
        foreach (var entry in control.Evidence)
        {
            var match = matcher.For(entry.Id);
            if (match.Problem is { } problem)
                diagnostics.Report(DiagnosticCodes.EvidencePatternOutside, entry.Location, control.Id, entry.Id, problem);
            else if (match.Hits.Count == 0)
                diagnostics.Report(DiagnosticCodes.EvidencePatternNoMatch, entry.Location, control.Id, entry.Id, Nearest(entry, items));
            matched.UnionWith(match.Hits);
        }
        // One entry's hits are already in item order; only several entries need the merge back into it.
        return control.Evidence.Count == 1 ? [.. matcher.For(control.Evidence[0].Id).Hits] : [.. items.Where(matched.Contains)];
    }

    private static string Nearest(IdReference entry, IReadOnlyList<EvidenceItem> items) =>
        DidYouMean.Suffix(entry.Id, items.Select(i => i.Id));
}
