namespace Hotpass.Docs.Render.Features;

/// <summary>The text a generated page shows under one of its headings (the part above its first heading has none), in
/// words, read from the same view record its layout renders: what search indexes for a page with no markdown.</summary>
/// <param name="Id">The heading's id in the page, which a search result links to.</param>
internal sealed record ShownSection(string? Heading, string? Id, string Text);
