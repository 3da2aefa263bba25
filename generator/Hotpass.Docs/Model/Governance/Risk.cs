using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A risk scored with FMEA, declared in front matter or in a governance table row.</summary>
/// <param name="Severity">1–10; null when missing or invalid (already reported).</param>
/// <param name="Rpn">Severity × occurrence × detection; null when any score is unusable.</param>
/// <param name="MitigatedBy">Control ids the risk names; controls may also name the risk (<see cref="Control.Mitigates"/>).</param>
/// <param name="Location">Where the declaration starts: its YAML mapping, or its table row.</param>
/// <param name="Page">Source path of the declaring page (<c>content/governance/risk-register.md</c>).</param>
public sealed record Risk(
    string Id,
    string Title,
    string? Effect,
    int? Severity,
    int? Occurrence,
    int? Detection,
    int? Rpn,
    string? Owner,
    RiskStatus? Status,
    IReadOnlyList<IdReference> MitigatedBy,
    SourceLocation Location,
    string Page);
