using System.Text.Encodings.Web;
using System.Text.Json;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps.Links;

/// <summary>Writes <c>external-links.json</c>: every external URL the site links to and the pages using it, sorted.
/// External links are never fetched by a plain build; this is what <c>--check-external</c> and a reviewer read. In
/// <c>serve</c> the previous report is written again while no HTML file's external links changed
/// (<see cref="ExternalLinkReportMemo"/>).</summary>
internal sealed class ExternalLinkReportStep : IPostRenderStep
{
    public const string FileName = "external-links.json";

    public IReadOnlyList<string> Outputs { get; } = [FileName];

    public void Run(RenderContext context)
    {
        var html = context.Output.Files.Where(f => f.Html is not null).ToList();
        var previous = context.Memos?.Previous<ExternalLinkReportMemo>();
        var bytes = previous?.Unchanged(html) == true ? previous.Bytes : Report(context.Output);
        context.Output.Add(new RenderedFile(context.Writer.Write(FileName, OutputKind.Generated, bytes), null, null));
        context.Memos?.Keep(new ExternalLinkReportMemo(bytes, html));
    }

    private static byte[] Report(RenderedSite site)
    {
        var links = ExternalLinks.Collect(site);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("links");
            foreach (var (url, pages) in links)
            {
                json.WriteStartObject();
                json.WriteString("url", url);
                json.WriteStartArray("pages");
                foreach (var page in pages) json.WriteStringValue(page);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
