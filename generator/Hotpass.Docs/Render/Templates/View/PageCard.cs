namespace Hotpass.Docs.Render.Templates.View;

/// <summary>A page listed as a card on the home page or a section index.</summary>
/// <param name="TypeLabel">Shown only on articles; a section card has none.</param>
internal sealed record PageCard(string Title, string Url, string? Summary, string? Type, string? TypeLabel);
