namespace Hotpass.Docs.Governance.Views;

/// <summary>A link to a generated risk, control or requirement page.</summary>
/// <param name="Url">Relative to the site root, percent-encoded.</param>
/// <param name="Rpn">The risk's RPN as text, on links to risks that have one.</param>
internal sealed record GovernanceLink(string Id, string Title, string Url, string? Rpn = null);
