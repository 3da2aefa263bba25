namespace Hotpass.Docs.Model.Evidence;

/// <summary>One evidence file judged under one citing control's cadence, once, in the model stage: the evidence page's
/// badge and its citation rows read this, never the control's own status.</summary>
/// <param name="Age">How old the file is at the as-of instant; null when it is undated or dated after it.</param>
/// <param name="StaleAt">When the file goes (or went) stale under this control; null without a period or a date.</param>
public sealed record ItemJudgement(string ControlId, ItemStatus Status, TimeSpan? Age, DateTimeOffset? StaleAt, string Reason)
{
    /// <summary>The words the site prints for a file's own status. They all name the file ("file fresh"), so they
    /// cannot be read as a control's status ("fresh"), which sits beside them.</summary>
    public string StatusText => StatusName(Status);

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Fresh => "file fresh",
        ItemStatus.Due => "file due",
        ItemStatus.Stale => "file stale",
        ItemStatus.Undated => "file undated",
        ItemStatus.Unusable => "file unusable",
        ItemStatus.AfterAsOf => "file dated after as-of",
        _ => "file not judged: no cadence",
    };

    /// <summary>The badge's colour class: the same classes as a control's badge, so a stale file looks stale.</summary>
    public static string StatusClass(ItemStatus status) => status switch
    {
        ItemStatus.Fresh => "fresh",
        ItemStatus.Due => "due",
        ItemStatus.Stale => "stale",
        _ => "missing", // undated, unusable, no cadence, dated after as-of: nothing proves it current
    };

    /// <summary>Higher is worse; an item cited by several controls shows its worst judgement.</summary>
    public static int Severity(ItemStatus status) => status switch
    {
        ItemStatus.Fresh => 0,
        ItemStatus.Due => 1,
        _ => 2,
    };
}
