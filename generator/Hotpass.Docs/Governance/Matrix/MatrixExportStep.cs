using Hotpass.Docs.Governance.Oscal;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes the matrix's exports beside the site from the model's one matrix: <c>matrix.json</c>,
/// <c>matrix.csv</c>, <c>matrix.xlsx</c> and the OSCAL Assessment Results document, so the link gate sees them (the
/// matrix page links to each) and the manifest lists them. A site without risks or controls has no matrix page and gets
/// no exports (<c>diff</c> then says controls were not compared).</summary>
internal sealed class MatrixExportStep : IPostRenderStep
{
    public const string JsonPath = "matrix.json";
    public const string CsvPath = "matrix.csv";
    public const string XlsxPath = "matrix.xlsx";
    public const string OscalPath = "assessment-results.json";

    public IReadOnlyList<string> Outputs { get; } = [JsonPath, CsvPath, XlsxPath, OscalPath];

    public void Run(RenderContext context)
    {
        var site = context.Site;
        if (site.Governance.Risks.Count == 0 && site.Governance.Controls.Count == 0) return;
        var json = new StringWriter();
        MatrixJsonWriter.Write(json, site.Matrix);
        context.WriteText(JsonPath, OutputKind.Generated, json.ToString(), null, null);
        context.Output.Add(new RenderedFile(context.Writer.Write(CsvPath, OutputKind.Generated, MatrixCsvWriter.ToBytes(site.Matrix)), null, null));
        context.Output.Add(new RenderedFile(context.Writer.Write(XlsxPath, OutputKind.Generated, MatrixXlsxWriter.ToBytes(site)), null, null));
        var oscal = new StringWriter();
        OscalAssessmentResults.Write(oscal, site);
        context.WriteText(OscalPath, OutputKind.Generated, oscal.ToString(), null, null);
    }
}
