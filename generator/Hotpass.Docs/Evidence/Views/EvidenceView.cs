using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>What the evidence layouts see: one item's page (<see cref="Item"/> set) or the index (<see cref="Index"/>).</summary>
/// <param name="Statuses">The index's status filter, worst first; empty on an item's page.</param>
/// <param name="Kinds">The index's kind filter; empty on an item's page.</param>
internal sealed record EvidenceView(
    EvidenceItemView? Item,
    IReadOnlyList<EvidenceLinkView> Index,
    IReadOnlyList<EvidenceSeriesView> Series,
    IReadOnlyList<FilterOption> Statuses,
    IReadOnlyList<FilterOption> Kinds);
