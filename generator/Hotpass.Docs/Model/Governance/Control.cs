using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A control: something done repeatedly and verifiably to reduce risks, answering framework requirements.</summary>
/// <param name="Mitigates">Risk ids the control names; risks may also name the control (<see cref="Risk.MitigatedBy"/>).</param>
/// <param name="Evidence">Evidence ids or globs, as written; the evidence stage resolves them.</param>
/// <param name="Expect">Optional pass conditions, kept as YAML for the evidence stage.</param>
/// <param name="Cadence">Null when absent or not understood (already reported).</param>
public sealed record Control(
    string Id,
    string Title,
    IReadOnlyList<RequirementReference> Satisfies,
    IReadOnlyList<string> Safeguards,
    string? Owner,
    Cadence? Cadence,
    IReadOnlyList<IdReference> Evidence,
    YamlMapping? Expect,
    IReadOnlyList<IdReference> Mitigates,
    SourceLocation Location,
    string Page)
{
    /// <summary>Kinds of evidence the control itself requires (<c>requires:</c>), valid ones only, in written order; its
    /// requirements may add more (<see cref="GovernanceModel.RequiredKinds"/>).</summary>
    public IReadOnlyList<EvidenceKind> Requires { get; init; } = [];

    /// <summary>Whether only evidence signed by a key in <c>evidence.keys</c> counts (<c>require_signed: true</c>).</summary>
    public bool RequireSigned { get; init; }
}
