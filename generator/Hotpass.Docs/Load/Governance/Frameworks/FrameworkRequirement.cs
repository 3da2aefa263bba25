using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Load.Governance.Frameworks;

/// <summary>One requirement of a framework catalogue: <c>PO.3</c>, "Implement Supporting Toolchains".</summary>
public sealed record FrameworkRequirement(string Framework, string Id, string Title)
{
    public string Key => Framework + ":" + Id;

    /// <summary>Kinds of evidence every control that satisfies it must have fresh (the catalogue's <c>requires:</c>).</summary>
    public IReadOnlyList<EvidenceKind> Requires { get; init; } = [];
}
