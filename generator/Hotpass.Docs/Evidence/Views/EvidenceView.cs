namespace Hotpass.Docs.Evidence.Views;

/// <summary>What the evidence layouts see: one item's page (<see cref="Item"/> set) or the index (<see cref="Index"/>).</summary>
internal sealed record EvidenceView(EvidenceItemView? Item, IReadOnlyList<EvidenceLinkView> Index, IReadOnlyList<EvidenceSeriesView> Series);
