namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The top-level folders of generator/Hotpass.Docs as layers, lowest first. A folder may use the folders of
/// lower layers only; folders that share a layer are peers and may not use each other.</summary>
internal static class FolderLayers
{
    public static IReadOnlyList<Layer> Order { get; } =
    [
        new("string helpers every stage may use: edit distance, ISO durations, markdown text", "Text"),
        new("diagnostics are data every stage reports (codes, messages, source locations, formats), as are the build's "
            + "timings and the step a bug was hit in", "Diagnostics"),
        new("the one rule for output paths and hrefs (.md to .html, percent-encoding, relative prefixes); below Load, "
            + "because a page's links are mapped when its markdown is parsed", "Urls"),
        new("the shapes of hotpass-docs.yml (site, sections, evidence and governance settings) and the Diátaxis types "
            + "sections declare: plain records that loading fills", "Configuration"),
        new("reading every input once: the configuration file, content files, front matter, YAML, markdown parsed into "
            + "located facts (its HTML highlighted and sanitised then), evidence files in every format, governance "
            + "declarations and framework catalogues, git", "Load"),
        new("the site as one immutable model built from what was loaded: pages, sections, review status, output paths "
            + "claimed; the governance model and traceability matrix; evidence judged per control; where generated pages go",
            "Model"),
        new("gates over the model, run before anything is rendered", "Check"),
        new("the one writer interface and its implementations (staging folder, memory), the manifest, the memos a build "
            + "keeps for the next", "Write"),
        new("pages rendered through the theme into the writer: views, templates, output facts; the contracts the steps "
            + "after rendering and the feature areas (ISiteFeature) register through", "Render"),
        new("feature areas, each with its generated pages, views, checks and steps after rendering, registered through "
            + "ISiteFeature; peers, so none needs another. Every folder that holds an ISiteFeature is one, so a new feature "
            + "needs no line here", [.. FeatureFolders.Find()]),
        new("the steps after rendering that read every page the site wrote, features' included: 404, sitemap, search "
            + "index, link gates", "Steps"),
        new("the stages run in order, full or incremental, with the default checks, steps and features", "Pipeline"),
        new("reads built sites through what the build wrote: compares two (Diff), checks one against its manifests and "
            + "statement (Verify); peers", "Diff", "Verify"),
    ];

    /// <summary>The position of each folder's layer in <see cref="Order"/>.</summary>
    public static IReadOnlyDictionary<string, int> Rank { get; } =
        Order.SelectMany((layer, i) => layer.Folders.Select(f => (f, i))).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    /// <summary>One layer: the folders in it and why it sits where it does.</summary>
    internal sealed record Layer(string Reason, params string[] Folders);
}
