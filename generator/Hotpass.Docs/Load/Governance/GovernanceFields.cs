namespace Hotpass.Docs.Load.Governance;

/// <summary>The field names a risk, a control and a waiver may have, as front matter writes them and table mappings name them.</summary>
internal static class GovernanceFields
{
    public static IReadOnlySet<string> Risk { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "effect", "severity", "occurrence", "detection", "rpn", "owner", "status", "mitigated_by",
    };

    public static IReadOnlySet<string> Control { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "satisfies", "safeguards", "owner", "cadence", "evidence", "expect", "mitigates", "requires", "require_signed",
    };

    /// <summary>A waiver's fields: <c>expires</c> is required too, but reported by its own code (HPD352).</summary>
    public static IReadOnlySet<string> Waiver { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "control", "expect", "reason", "owner", "approver", "approved_on", "expires",
    };

    public static IReadOnlyList<string> RequiredWaiver { get; } = ["control", "reason", "owner", "approver", "approved_on"];

    public static IReadOnlyList<string> RequiredRisk { get; } = ["id", "title", "severity", "occurrence", "detection"];

    public static IReadOnlyList<string> RequiredControl { get; } = ["id", "title"];

    public static IReadOnlySet<string> For(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Risk => Risk,
        DeclarationKind.Waiver => Waiver,
        _ => Control,
    };

    public static IReadOnlyList<string> RequiredFor(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Risk => RequiredRisk,
        DeclarationKind.Waiver => RequiredWaiver,
        _ => RequiredControl,
    };

    public static string Noun(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Risk => "risk",
        DeclarationKind.Waiver => "waiver",
        _ => "control",
    };
}
