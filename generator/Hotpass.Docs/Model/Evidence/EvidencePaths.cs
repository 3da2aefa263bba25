using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Where evidence is published: a page per item, the raw file beside it, an index and the manifest.</summary>
public static class EvidencePaths
{
    public const string Index = "evidence/index.html";
    public const string Manifest = "evidence-manifest.json";
    public const string Layout = "evidence";
    public const string IndexLayout = "evidence-index";

    public static string Page(EvidenceItem item) => "evidence/" + item.Path + ".html";

    public static string Raw(EvidenceItem item) => "evidence/" + item.Path;

    /// <summary>Every output the evidence pages and files take, reserved before any source claims a path.</summary>
    public static IEnumerable<string> Outputs(IReadOnlyList<EvidenceItem> items) =>
        items.Count == 0 ? [] : items.SelectMany(i => new[] { Page(i), Raw(i) }).Append(Index).Append(Manifest);
}
