namespace Hotpass.Docs.Load.Governance;

/// <summary>The field names a risk and a control may have, as front matter writes them and table mappings name them.</summary>
internal static class GovernanceFields
{
    public static IReadOnlySet<string> Risk { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "effect", "severity", "occurrence", "detection", "rpn", "owner", "status", "mitigated_by",
    };

    public static IReadOnlySet<string> Control { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "satisfies", "safeguards", "owner", "cadence", "evidence", "expect", "mitigates",
    };

    public static IReadOnlyList<string> RequiredRisk { get; } = ["id", "title", "severity", "occurrence", "detection"];

    public static IReadOnlyList<string> RequiredControl { get; } = ["id", "title"];

    public static IReadOnlySet<string> For(DeclarationKind kind) => kind == DeclarationKind.Risk ? Risk : Control;

    public static IReadOnlyList<string> RequiredFor(DeclarationKind kind) => kind == DeclarationKind.Risk ? RequiredRisk : RequiredControl;

    public static string Noun(DeclarationKind kind) => kind == DeclarationKind.Risk ? "risk" : "control";
}
