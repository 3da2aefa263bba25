namespace Hotpass.Docs.Model.Governance;

/// <summary>The risk register page: every risk by RPN, with the heat map.</summary>
public sealed record RegisterContent : PageContent;
