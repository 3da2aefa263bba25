using System.Globalization;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Judges one control from the items its patterns matched, as of one instant: missing, stale, failing, due
/// or fresh, in that order of precedence (the cadence boundary itself counts as stale); failing includes lacking a
/// required kind of fresh evidence; a waiver in force turns stale, missing or failing into waived. Only items that existed at the
/// instant count: one collected after it is never usable (fail closed; no clock-skew allowance).</summary>
/// <param name="signed">Whether an item is signed by a trusted key, for controls that require signed evidence.</param>
internal sealed class ControlJudge(DateTimeOffset asOf, double dueFraction, string? commit, Func<EvidenceItem, bool> signed)
{
    private const string NotSigned = "not signed by a key in evidence.keys, and the control requires signed evidence";

    /// <summary>The control's status from its evidence, then any waiver in force applied: a condition's waiver in
    /// <see cref="Verdict"/>, the whole control's to a stale, missing or failing result.</summary>
    /// <param name="waivers">The control's waivers in force at the as-of instant.</param>
    /// <param name="requires">The kinds of evidence it must have, its own and its requirements', validated.</param>
    public ControlEvidence Judge(Control control, IReadOnlyList<EvidenceItem> matches, IReadOnlyList<ExpectCondition> expect,
        IReadOnlyList<Waiver> waivers, IReadOnlyList<EvidenceKind> requires)
    {
        var earned = JudgeEvidence(control, matches, expect, waivers, requires);
        if (earned.Status is not (ControlStatus.Stale or ControlStatus.Missing or ControlStatus.Failing)) return earned;
        if (waivers.Where(w => w.Condition is null).MaxBy(w => w.Expires) is not { } waiver) return earned;
        return earned with { Status = ControlStatus.Waived, Earned = earned.Status, Waiver = waiver, Reason = Waived(waiver, earned.Reason) };
    }

    private static string Waived(Waiver waiver, string without) =>
        $"{waiver.Reason} (owner {waiver.Owner}, approved by {waiver.Approver} on {Timestamps.Day(waiver.ApprovedOn)}); without the waiver: {without}";

    private ControlEvidence JudgeEvidence(Control control, IReadOnlyList<EvidenceItem> matches, IReadOnlyList<ExpectCondition> expect,
        IReadOnlyList<Waiver> waivers, IReadOnlyList<EvidenceKind> requires)
    {
        var newestFirst = matches.OrderByDescending(m => m.CollectedAt).ThenBy(m => m.Path, StringComparer.Ordinal).ToList();
        var usable = newestFirst.Where(m => Unusable(control, m) is null).ToList();
        if (usable.Count == 0)
            return new(control.Id, ControlStatus.Missing, null, newestFirst, null, null, null, MissingReason(control, newestFirst));

        var cadence = control.Cadence;
        // Fail closed: without a cadence nothing says when evidence is too old, so it is never shown fresh.
        if (cadence is null)
            return new(control.Id, ControlStatus.Stale, usable[0], newestFirst, asOf - usable[0].CollectedAt!.Value, null, null,
                "it has no cadence, so nothing says when its evidence is too old (give it one, or set governance.default_cadence)");
        if (cadence is { NeedsCurrentCommit: true })
            return JudgePerBuild(control, newestFirst, usable, expect, waivers, requires);

        var newest = usable[0];
        var collected = newest.CollectedAt!.Value;
        var age = asOf - collected;
        var staleAt = cadence.StaleFrom(collected);
        var dueAt = staleAt is { } s ? collected + (s - collected) * (1 - dueFraction) : (DateTimeOffset?)null;
        if (staleAt is { } stale && asOf >= stale)
            return new(control.Id, ControlStatus.Stale, newest, newestFirst, age, staleAt, dueAt,
                $"newest matching evidence '{newest.Id}' was collected {Stamp(collected)}, {Days(age)} old; its {cadence.Name} cadence made it stale at {Stamp(stale)}");
        return Verdict(control, newest, newestFirst, usable, expect, waivers, requires, age, staleAt, dueAt);
    }

    private ControlEvidence JudgePerBuild(Control control, List<EvidenceItem> newestFirst, List<EvidenceItem> usable, IReadOnlyList<ExpectCondition> expect,
        IReadOnlyList<Waiver> waivers, IReadOnlyList<EvidenceKind> requires)
    {
        var newest = usable[0];
        var age = asOf - newest.CollectedAt!.Value;
        if (commit is null)
            return new(control.Id, ControlStatus.Stale, newest, newestFirst, age, null, null,
                "its per-build cadence needs evidence from the commit being built, which is unknown (pass --commit)");
        var current = usable.Where(m => string.Equals(m.Commit, commit, StringComparison.OrdinalIgnoreCase)).ToList();
        if (current.Count == 0)
            return new(control.Id, ControlStatus.Stale, newest, newestFirst, age, null, null,
                $"its per-build cadence needs evidence from commit {Short(commit)}; newest matching '{newest.Id}' is from {(newest.Commit is { } c ? "commit " + Short(c) : "no known commit")}");
        return Verdict(control, current[0], newestFirst, current, expect, waivers, requires, asOf - current[0].CollectedAt!.Value, null, null);
    }

    /// <summary>Fresh, due or failing; a broken condition under a waiver in force leaves the control waived rather than
    /// failing, as long as nothing unwaived is broken and no required kind is lacking.</summary>
    private ControlEvidence Verdict(Control control, EvidenceItem newest, List<EvidenceItem> newestFirst, List<EvidenceItem> usable,
        IReadOnlyList<ExpectCondition> expect, IReadOnlyList<Waiver> waivers, IReadOnlyList<EvidenceKind> requires,
        TimeSpan age, DateTimeOffset? staleAt, DateTimeOffset? dueAt)
    {
        var broken = Broken(usable, expect);
        var lacking = Lacking(control, newestFirst, requires);
        var unwaived = broken.Where(b => ConditionWaiver(waivers, b.Condition) is null).Select(b => b.Why).ToList();
        if (unwaived.Count > 0 || lacking.Count > 0)
        {
            var why = unwaived.Concat(lacking.Select(k => LackingReason(k, newestFirst)));
            return new(control.Id, ControlStatus.Failing, newest, newestFirst, age, staleAt, dueAt, string.Join("; ", why))
            {
                MissingKinds = [.. lacking.Select(EvidenceKindNames.Name)],
                ExpectBroken = unwaived.Count > 0,
            };
        }
        if (broken.Count > 0)
        {
            var waiver = broken.Select(b => ConditionWaiver(waivers, b.Condition)!).MaxBy(w => w.Expires)!;
            return new(control.Id, ControlStatus.Waived, newest, newestFirst, age, staleAt, dueAt,
                Waived(waiver, string.Join("; ", broken.Select(b => b.Why)))) { Earned = ControlStatus.Failing, Waiver = waiver };
        }
        if (dueAt is { } due && asOf >= due)
            return new(control.Id, ControlStatus.Due, newest, newestFirst, age, staleAt, dueAt,
                $"newest matching evidence '{newest.Id}' was collected {Stamp(newest.CollectedAt!.Value)}, {Days(age)} old; it goes stale at {Stamp(staleAt!.Value)}");
        var until = staleAt is { } s ? $"; fresh until {Stamp(s)}" : "";
        return new(control.Id, ControlStatus.Fresh, newest, newestFirst, age, staleAt, dueAt,
            $"newest matching evidence '{newest.Id}' was collected {Stamp(newest.CollectedAt!.Value)}{until}");
    }

    /// <summary>One file under one control's cadence, from the file's own date (and commit, for per-build evidence):
    /// the same boundaries <see cref="Judge"/> uses for the control's newest file.</summary>
    public ItemJudgement JudgeItem(Control control, EvidenceItem item)
    {
        var age = item.CollectedAt is { } at ? asOf - at : (TimeSpan?)null;
        if (EmptyEvidence.Why(item) is { } empty) return new(control.Id, ItemStatus.Unusable, age, null, "it is " + empty);
        if (control.RequireSigned && !signed(item)) return new(control.Id, ItemStatus.Unusable, age, null, "it is " + NotSigned);
        if (item.CollectedAt is not { } collected) return new(control.Id, ItemStatus.Undated, null, null, "it has no collection time");
        if (collected > asOf)
            return new(control.Id, ItemStatus.AfterAsOf, null, null,
                $"it was collected {Timestamps.Iso(collected)}, after the as-of instant {Timestamps.Iso(asOf)}, so it cannot count as fresh");
        if (control.Cadence is not { } cadence) return new(control.Id, ItemStatus.NoCadence, age, null, $"control {control.Id} has no cadence");
        if (cadence.NeedsCurrentCommit)
        {
            if (commit is null) return new(control.Id, ItemStatus.Stale, age, null, "the commit being built is unknown (pass --commit)");
            return string.Equals(item.Commit, commit, StringComparison.OrdinalIgnoreCase)
                ? new(control.Id, ItemStatus.Fresh, age, null, $"it is from commit {Short(commit)}, the one being built")
                : new(control.Id, ItemStatus.Stale, age, null, $"it is from {(item.Commit is { } c ? "commit " + Short(c) : "no known commit")}, not {Short(commit)}");
        }
        if (cadence.StaleFrom(collected) is not { } staleAt)
            return new(control.Id, ItemStatus.Fresh, age, null, $"collected {Stamp(collected)}; its {cadence.Name} cadence has no period");
        var dueAt = collected + (staleAt - collected) * (1 - dueFraction);
        var status = asOf >= staleAt ? ItemStatus.Stale : asOf >= dueAt ? ItemStatus.Due : ItemStatus.Fresh;
        var when = status == ItemStatus.Stale ? "went stale at" : "goes stale at";
        return new(control.Id, status, age, staleAt, $"collected {Stamp(collected)}, {Days(age!.Value)} old; under a {cadence.Name} cadence it {when} {Stamp(staleAt)}");
    }

    /// <summary>Each condition is tested on the newest usable item that carries its fact; a fact no item carries
    /// breaks the condition, since nothing shows it holds.</summary>
    private static List<(ExpectCondition Condition, string Why)> Broken(List<EvidenceItem> usable, IReadOnlyList<ExpectCondition> expect)
    {
        var broken = new List<(ExpectCondition, string)>();
        foreach (var condition in expect)
        {
            var item = usable.FirstOrDefault(i => i.FactValues.ContainsKey(condition.Fact));
            if (item is null) broken.Add((condition, $"no matching evidence reports {condition.Fact} (expect {condition.Written}: {condition.Value})"));
            else if (condition.Broken(item.FactValues[condition.Fact]) is { } why) broken.Add((condition, $"'{item.Id}': {why}"));
        }
        return broken;
    }

    private static Waiver? ConditionWaiver(IReadOnlyList<Waiver> waivers, ExpectCondition condition) =>
        waivers.Where(w => w.Condition is { } c && string.Equals(c.Id, condition.Written, StringComparison.Ordinal)).MaxBy(w => w.Expires);

    /// <summary>The required kinds no fresh (or due) matching item has, judged per item as its own page judges it.</summary>
    private List<EvidenceKind> Lacking(Control control, List<EvidenceItem> newestFirst, IReadOnlyList<EvidenceKind> requires) =>
        [.. requires.Where(kind => !newestFirst.Any(i => i.Kind == kind && JudgeItem(control, i).Status is ItemStatus.Fresh or ItemStatus.Due))];

    private static string LackingReason(EvidenceKind kind, List<EvidenceItem> newestFirst)
    {
        var name = EvidenceKindNames.Name(kind);
        var stale = newestFirst.FirstOrDefault(i => i.Kind == kind);
        if (stale is not null) return $"it requires {name} evidence, and its newest, '{stale.Id}', is not fresh";
        var kinds = newestFirst.Select(i => EvidenceKindNames.Name(i.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $"it requires {name} evidence, and none of its evidence is {name} (it has {string.Join(", ", kinds)})";
    }

    private string MissingReason(Control control, List<EvidenceItem> matches)
    {
        if (matches.Count == 0)
            return control.Evidence.Count == 0 ? "it names no evidence" : $"no evidence file matches {string.Join(", ", control.Evidence.Select(e => "'" + e.Id + "'"))}";
        return "what matches proves nothing: " + string.Join("; ", matches.Select(m => $"'{m.Id}' is {Unusable(control, m)}"));
    }

    /// <summary>Why an item cannot count toward a control at this instant (empty, undated, dated after it, or unsigned
    /// where the control requires signed evidence); null when it can.</summary>
    private string? Unusable(Control control, EvidenceItem item) =>
        EmptyEvidence.Why(item) ?? (item.CollectedAt is not { } at ? "undated"
            : at > asOf ? $"dated {Timestamps.Iso(at)}, after the as-of instant {Timestamps.Iso(asOf)}"
            : control.RequireSigned && !signed(item) ? NotSigned : null);

    internal static string Stamp(DateTimeOffset t) => Timestamps.Reading(t);

    internal static string Days(TimeSpan age) => age.TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " days";

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
