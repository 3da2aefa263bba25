using Hotpass.Docs.Load;

namespace Hotpass.Docs.Governance;

/// <summary>Whether a page feeds the governance model (declares risks or controls, holds governance tables, or
/// documents controls): such a page changes risk, control, register and matrix pages, evidence judgements and the
/// pages that show them, which an incremental rebuild does not scope, so it renders everything.</summary>
internal static class GovernanceRelevance
{
    public static bool Of(PageSource? page) => page?.FrontMatter.FeedsGovernance == true;
}
