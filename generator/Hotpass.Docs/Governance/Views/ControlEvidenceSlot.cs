using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Urls;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Governance.Views;

/// <summary>Fills a control page's evidence slot from the one judgement the evidence stage made of the control.</summary>
internal static class ControlEvidenceSlot
{
    public static ControlEvidenceView? Of(SiteModel site, Control control)
    {
        if (site.Evidence.Judgements.Count == 0 && site.Evidence.Items.Count == 0) return null;
        var judged = site.Evidence.For(control);
        var text = char.ToUpperInvariant(judged.StatusLabel[0]) + judged.StatusLabel[1..] + ": " + judged.Reason;
        return new ControlEvidenceView(judged.StatusText, text, judged.Newest is { } newest ? Link(newest) : null,
            [.. judged.Matches.Select(Link)], judged.Suspect is { } why ? "Suspect: " + why : null,
            [.. site.Governance.RequiredKinds(control).Select(EvidenceKindNames.Name)]);
    }

    private static EvidenceLink Link(EvidenceItem item) => new(item.Id, item.Title ?? item.Id, UrlEncoding.Href(EvidencePaths.Page(item)),
        item.CollectedAt is { } at ? Timestamps.Iso(at) : null);
}
