using Hotpass.Docs.Render.Features;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>What an evidence page and the evidence index show, in words and by the sections their layouts write
/// (<c>templates/layouts/evidence.liquid</c>, <c>evidence-index.liquid</c>), read from the same view records: search indexes it.</summary>
internal static class EvidenceText
{
    public static IReadOnlyList<ShownSection> Of(EvidenceView view) => view.Item is { } item ? Item(item) : Index(view);

    private static IReadOnlyList<ShownSection> Item(EvidenceItemView item)
    {
        var text = new ShownText()
            .Line("Evidence", item.Kind)
            .Line(item.Status, item.Format, "file", item.Path, item.CollectedAt is null ? null : "collected " + item.CollectedAt)
            .Line(item.Description)
            .Line("Id", item.Id)
            .Line("SHA-256", item.Sha256)
            .Line("Signature", item.Signature)
            .Line("Commit", item.Commit)
            .Line("Raw file", item.RawName)
            .Section("Controls citing it", "controls");
        foreach (var c in item.Citations) text.Line(c.ControlId, c.Title, c.Status, c.ItemStatus, c.Cadence, c.Reason);
        if (item.Facts.Count > 0) text.Section("What it shows", "facts");
        foreach (var table in item.Facts)
        {
            text.Line(table.Caption).Line([.. table.Columns]);
            foreach (var row in table.Rows) text.Line([.. row]);
        }
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Index(EvidenceView view)
    {
        var text = new ShownText();
        foreach (var link in view.Index) text.Line(link.Title, link.Kind, link.Status);
        if (view.Series.Count > 0) text.Section("Trends", "trends");
        foreach (var series in view.Series) text.Line(series.Title);
        return text.Sections();
    }
}
