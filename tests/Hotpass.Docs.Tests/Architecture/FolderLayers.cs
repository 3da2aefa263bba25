namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The top-level folders of generator/Hotpass.Docs as layers, lowest first. A folder may use the folders of
/// lower layers only; folders that share a layer are peers and may not use each other.</summary>
internal static class FolderLayers
{
    public static IReadOnlyList<Layer> Order { get; } =
    [
        new("string helpers every stage may use: edit distance, ISO durations, markdown text", "Text"),
        new("diagnostics are data every stage reports: codes, messages, source locations, formats", "Diagnostics"),
        new("the shapes of hotpass-docs.yml and the Diátaxis types its sections declare, which loading reads into", "Configuration"),
        new("reading inputs: content files, front matter, YAML, markdown parsed once into located facts", "Load"),
        new("the site as one immutable model built from what was loaded: pages, sections, review status", "Model"),
        new("gates over the model, run before anything is rendered", "Check"),
        new("the one writer interface and its implementations: staging folder, memory, manifest", "Write"),
        new("pages rendered through the theme into the writer; the contract of the steps after rendering", "Render"),
        new("feature areas, each with its own pages, views, checks and steps; peers, so neither needs the other",
            "Governance", "Evidence"),
        new("the stages run in order, full or incremental, with the default checks, steps and features", "Pipeline"),
        new("compares two built sites through what the build wrote", "Diff"),
    ];

    /// <summary>The position of each folder's layer in <see cref="Order"/>.</summary>
    public static IReadOnlyDictionary<string, int> Rank { get; } =
        Order.SelectMany((layer, i) => layer.Folders.Select(f => (f, i))).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    /// <summary>One layer: the folders in it and why it sits where it does.</summary>
    internal sealed record Layer(string Reason, params string[] Folders);
}
