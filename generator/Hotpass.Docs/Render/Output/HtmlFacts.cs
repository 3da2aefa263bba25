namespace Hotpass.Docs.Render.Output;

/// <summary>What the link gate needs of one written HTML file: the ids in it, its links and its <c>&lt;base href&gt;</c>.</summary>
internal sealed record HtmlFacts(IReadOnlySet<string> Ids, IReadOnlyList<OutputLink> Links, string? BaseHref);
