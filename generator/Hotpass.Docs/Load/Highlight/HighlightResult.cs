namespace Hotpass.Docs.Load.Highlight;

/// <summary>The inner HTML of a code block, and why it was left plain when highlighting gave up (null when it did not).</summary>
internal sealed record HighlightResult(string Html, string? GaveUp);
