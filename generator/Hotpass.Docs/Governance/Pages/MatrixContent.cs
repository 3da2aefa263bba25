using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The traceability matrix page; its rows are the site's one <see cref="SiteModel.Matrix"/>.</summary>
internal sealed record MatrixContent : PageContent
{
    public override string Kind => "matrix";

    public override bool IsListed => true;
}
