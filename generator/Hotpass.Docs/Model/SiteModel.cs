using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model;

/// <summary>The whole site as one immutable model, built once and read by every check and every page render.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    DateTimeOffset AsOf,
    Page Home,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Page> RootPages,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<ContentFile> Assets)
{
    /// <summary>Risks, controls and frameworks, built after the pages are loaded.</summary>
    public GovernanceModel Governance { get; init; } = GovernanceModel.Empty;

    /// <summary>The traceability matrix, built once from <see cref="Governance"/>: its page, its exports and the pages
    /// that show a control's row read this one.</summary>
    public TraceabilityMatrix Matrix { get; init; } = TraceabilityMatrix.Build(GovernanceModel.Empty);
    /// <summary>Evidence items and every control's judgement, built after the governance model.</summary>
    public EvidenceModel Evidence { get; init; } = EvidenceModel.Empty;

    /// <summary>The commit being built (<c>--commit</c>, <c>evidence.commit</c>, else HEAD); null when none is known.</summary>
    public string? Commit { get; init; }

    private readonly Dictionary<string, Section> _sectionsByFolder =
        Sections.ToDictionary(s => s.Folder, StringComparer.Ordinal);

    public Section? SectionOf(Page page) =>
        page.SectionFolder is { } folder && _sectionsByFolder.TryGetValue(folder, out var section) ? section : null;
}
