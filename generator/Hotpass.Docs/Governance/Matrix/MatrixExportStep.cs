using System.Text;
using Hotpass.Docs.Governance.Oscal;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes the matrix's exports beside the site from the model's one matrix: <c>matrix.json</c>,
/// <c>matrix.csv</c>, <c>matrix.xlsx</c> and the OSCAL Assessment Results document, so the link gate sees them (the
/// matrix page links to each) and the manifest lists them. A site without risks or controls has no matrix page and gets
/// no exports (<c>diff</c> then says controls were not compared).</summary>
/// <remarks>The exports read only the model, so they are made beside rendering (<see cref="IPreparedStep"/>): on the
/// 4,000-page governance corpus the workbook and the OSCAL document cost about ten times what the JSON and CSV do.</remarks>
internal sealed class MatrixExportStep : IPreparedStep
{
    public const string JsonPath = "matrix.json";
    public const string CsvPath = "matrix.csv";
    public const string XlsxPath = "matrix.xlsx";
    public const string OscalPath = "assessment-results.json";

    public IReadOnlyList<string> Outputs { get; } = [JsonPath, CsvPath, XlsxPath, OscalPath];

    // A thread of its own, as the search index's: Run blocks on it from the build's thread.
    Task IPreparedStep.Prepare(SiteModel site, SiteFeatures features, StepMemos? memos) =>
        Task.Factory.StartNew(() => Make(site), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Run(RenderContext context)
    {
        var files = context.Prepared.GetValueOrDefault(this) is Task<IReadOnlyList<(string Path, byte[] Bytes)>> task
            ? task.GetAwaiter().GetResult()
            : Make(context.Site);
        foreach (var (path, bytes) in files)
            context.Output.Add(new RenderedFile(context.Writer.Write(path, OutputKind.Generated, bytes), null, null));
    }

    private static IReadOnlyList<(string Path, byte[] Bytes)> Make(SiteModel site)
    {
        if (site.Governance.Risks.Count == 0 && site.Governance.Controls.Count == 0) return [];
        var json = new StringWriter();
        MatrixJsonWriter.Write(json, site.Matrix);
        var oscal = new StringWriter();
        OscalAssessmentResults.Write(oscal, site);
        return
        [
            (JsonPath, Encoding.UTF8.GetBytes(json.ToString())),
            (CsvPath, MatrixCsvWriter.ToBytes(site.Matrix)),
            (XlsxPath, MatrixXlsxWriter.ToBytes(site)),
            (OscalPath, Encoding.UTF8.GetBytes(oscal.ToString())),
        ];
    }
}
