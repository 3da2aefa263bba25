using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The risk register page: every risk by RPN, with the heat map.</summary>
internal sealed record RegisterContent : PageContent
{
    public override string Kind => "register";

    public override bool IsListed => true;
}
