using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>matrix.json</c> and <c>matrix.csv</c> beside the site from the model's one matrix, so the link
/// gate sees them (the matrix page links to both) and the manifest lists them.</summary>
public sealed class MatrixExportStep : IPostRenderStep
{
    public const string JsonPath = "matrix.json";
    public const string CsvPath = "matrix.csv";

    public IReadOnlyList<string> Outputs { get; } = [JsonPath, CsvPath];

    public void Run(RenderContext context)
    {
        var matrix = context.Site.Matrix;
        var json = new StringWriter();
        MatrixJsonWriter.Write(json, matrix);
        context.WriteText(JsonPath, OutputKind.Generated, json.ToString(), null, null);
        context.Output.Add(new Output.RenderedFile(context.Writer.Write(CsvPath, OutputKind.Generated, MatrixCsvWriter.ToBytes(matrix)), null, null));
    }
}
