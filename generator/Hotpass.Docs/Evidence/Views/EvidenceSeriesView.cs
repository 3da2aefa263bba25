namespace Hotpass.Docs.Evidence.Views;

/// <summary>Several items of one kind over time: an inline SVG trend chart drawn at build time and its numbers.</summary>
/// <param name="Svg">Markup made by the generator from numbers only (nothing from a file's text reaches it unescaped).</param>
internal sealed record EvidenceSeriesView(string Title, string Svg, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
