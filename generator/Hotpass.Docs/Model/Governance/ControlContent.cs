using Hotpass.Docs.Governance.Model;

namespace Hotpass.Docs.Model.Governance;

/// <summary>The generated page of one control.</summary>
public sealed record ControlContent(Control Control) : PageContent;
