using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes <c>matrix.json</c> and <c>matrix.csv</c> beside the site from the model's one matrix, so the link
/// gate sees them (the matrix page links to both) and the manifest lists them. A site without risks or controls has
/// no matrix page and gets no exports (<c>diff</c> then says controls were not compared).</summary>
internal sealed class MatrixExportStep : IPostRenderStep
{
    public const string JsonPath = "matrix.json";
    public const string CsvPath = "matrix.csv";

    public IReadOnlyList<string> Outputs { get; } = [JsonPath, CsvPath];

    public void Run(RenderContext context)
    {
        var governance = context.Site.Governance;
        if (governance.Risks.Count == 0 && governance.Controls.Count == 0) return;
        var matrix = context.Site.Matrix;
        var json = new StringWriter();
        MatrixJsonWriter.Write(json, matrix);
        context.WriteText(JsonPath, OutputKind.Generated, json.ToString(), null, null);
        context.Output.Add(new RenderedFile(context.Writer.Write(CsvPath, OutputKind.Generated, MatrixCsvWriter.ToBytes(matrix)), null, null));
    }
}
