namespace Hotpass.Docs.Render.Search;

/// <summary>The plain text under one heading of a page; the text before the first heading has no heading or id.</summary>
public sealed record SearchSection(string? Heading, string? Id, string Text);
