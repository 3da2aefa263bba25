using Hotpass.Docs.Load;

namespace Hotpass.Docs.Governance;

/// <summary>Whether a page feeds the governance model (declares risks or controls, holds governance tables, or
/// documents controls), and whether a re-read changed what it feeds it. Such a change alters risk, control, register
/// and matrix pages, evidence judgements and the pages that show them, which an incremental rebuild does not scope,
/// so it renders everything; an edit that leaves the page's front matter and tables as they were (prose, a code
/// sample) changes only the page itself.</summary>
internal static class GovernanceRelevance
{
    public static bool Of(PageSource? page) => page?.FrontMatter.FeedsGovernance == true;
}
