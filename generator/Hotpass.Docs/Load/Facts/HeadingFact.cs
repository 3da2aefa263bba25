namespace Hotpass.Docs.Load.Facts;

/// <summary>A heading of a page: its level, the id Markdig gave it (null when none) and its plain text.</summary>
public sealed record HeadingFact(int Level, string? Id, string Text);
