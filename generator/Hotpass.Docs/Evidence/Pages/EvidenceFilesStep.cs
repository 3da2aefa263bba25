using System.Text.Json;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Evidence.Pages;

/// <summary>Copies each evidence file beside its page for download (under <see cref="EvidencePaths.Raw"/>, a name no
/// browser renders as active) and writes <c>evidence-manifest.json</c>: every published evidence file with its path,
/// source path, id, SHA-256, size and collected time, so an auditor can verify the copies.
/// Runs before the link gate, which then sees the raw files the pages link to.</summary>
internal sealed class EvidenceFilesStep : IPostRenderStep
{
    /// <summary>Reserved by the feature from the items themselves (<see cref="EvidenceFeature.ReservedOutputs"/>).</summary>
    public IReadOnlyList<string> Outputs { get; } = [];

    public void Run(RenderContext context)
    {
        var evidence = context.Site.Evidence;
        if (evidence.Items.Count == 0) return;
        var dir = Path.Combine(context.Root, evidence.Settings.Dir);
        foreach (var item in evidence.Items)
        {
            var written = context.Writer.Copy(EvidencePaths.Raw(item), OutputKind.Asset, Path.Combine(dir, item.Path));
            context.Output.Add(new RenderedFile(written, evidence.Settings.Dir + "/" + item.Path, null));
        }
        context.WriteText(EvidencePaths.Manifest, OutputKind.Generated, Manifest(evidence.Items, evidence.Settings.Dir), null, null);
    }

    /// <param name="dir">The evidence folder under the site root: each file's <c>source</c> is its path there, the name
    /// an auditor checks the published copy (<c>path</c>, renamed to be inert) against.</param>
    internal static string Manifest(IReadOnlyList<EvidenceItem> items, string dir)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("path", EvidencePaths.Raw(item));
                json.WriteString("source", dir + "/" + item.Path);
                json.WriteString("id", item.Id);
                json.WriteString("sha256", item.Sha256);
                json.WriteNumber("size", item.Size);
                if (item.CollectedAt is { } at)
                    json.WriteString("collected_at", Timestamps.Iso(at));
                else json.WriteNull("collected_at");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
