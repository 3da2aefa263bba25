using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The waivers page: every waiver the site declares, with where it stands at the as-of instant.</summary>
internal sealed record WaiversContent : PageContent
{
    public override string Kind => "waivers";

    public override bool IsListed => true;
}
