namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>A heat-map cell's link: its href (unescaped) and accessible name (unescaped; holds a risk id, which is page text).</summary>
internal sealed record HeatMapLink(string Href, string Label);
