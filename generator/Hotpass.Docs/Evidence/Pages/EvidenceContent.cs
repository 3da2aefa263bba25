using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;

namespace Hotpass.Docs.Evidence.Pages;

/// <summary>What an evidence page shows: one item, with its judgement read from <see cref="Model.Evidence.EvidenceModel"/>.</summary>
internal sealed record EvidenceContent(EvidenceItem Item) : PageContent
{
    public override IReadOnlyList<string> SearchIds => [Item.Id];

    public override string? ListedUnder => EvidencePaths.IndexLayout;

    public override string Kind => "evidence";
}

/// <summary>What the evidence index shows: every item, with the status of the controls citing it.</summary>
internal sealed record EvidenceIndexContent : PageContent
{
    public override string Kind => "evidence";
}
