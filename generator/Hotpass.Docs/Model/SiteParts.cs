using Hotpass.Docs.Configuration;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model;

/// <summary>The parts of the site model built before its pages are placed: the governance model, the traceability matrix
/// built once from it, and the evidence judged against it. Generated pages are made from these (see
/// <see cref="GeneratedPage"/>), and the finished <see cref="SiteModel"/> carries them.</summary>
internal sealed record SiteParts(SiteConfig Config, GovernanceModel Governance, TraceabilityMatrix Matrix, EvidenceModel Evidence)
{
    /// <summary>The parts of a site with its governance model and judged evidence: the matrix takes each control's status
    /// from the judgement.</summary>
    public static SiteParts Of(SiteConfig config, GovernanceModel governance, EvidenceModel evidence) =>
        new(config, governance, TraceabilityMatrix.Build(governance, control => evidence.For(control).Status), evidence);
}
