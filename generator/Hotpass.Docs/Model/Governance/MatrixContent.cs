namespace Hotpass.Docs.Model.Governance;

/// <summary>The traceability matrix page; its rows are the site's one <see cref="SiteModel.Matrix"/>.</summary>
public sealed record MatrixContent : PageContent;
