using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Where each generated governance page is written, and the link that reaches it. Ids are untrusted text, so
/// each becomes a file name by percent-encoding (never a scheme, never a '/'), and a link encodes that name again so a
/// browser's one decoding finds the file.</summary>
internal sealed class GovernancePaths(string folder)
{
    public string Folder { get; } = folder;

    public string Register => Folder + "/register.html";

    public string Matrix => Folder + "/matrix.html";

    public string Waivers => Folder + "/waivers.html";

    public string Risk(Risk risk) => Folder + "/risks/" + FileName(risk.Id);

    public string Control(Control control) => Folder + "/controls/" + FileName(control.Id);

    public string Requirement(FrameworkRequirement requirement) =>
        Folder + "/frameworks/" + Uri.EscapeDataString(requirement.Framework) + "/" + FileName(requirement.Id);

    /// <summary>The relative URL of an output path (from the site root): each segment percent-encoded.</summary>
    public static string Url(string outputPath) => UrlEncoding.Href(outputPath);

    private static string FileName(string id) => Uri.EscapeDataString(id) + ".html";
}
