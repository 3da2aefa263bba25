using System.Text;
using System.Text.Json;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.Governance.Oscal;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>Every export a build writes carries the same rows and statuses: matrix.json, matrix.csv, the Matrix and
/// Controls sheets of matrix.xlsx, and the OSCAL findings, read back from the files the build (and the matrix command)
/// really wrote, for the shipped site and for a small site with hostile titles.</summary>
public sealed class ExportAgreementTests
{
    public static TheoryData<string> Sites => ["shipped", "small"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Json_csv_xlsx_and_oscal_agree_row_for_row(string which)
    {
        var files = Build(which);
        var json = JsonRows(files[MatrixExportStep.JsonPath]);
        Assert.NotEmpty(json);
        Assert.Equal(json, CsvRows(files[MatrixExportStep.CsvPath]));
        var book = new XlsxWorkbook(files[MatrixExportStep.XlsxPath]);
        Assert.Equal(json, [.. book["Matrix"].Text.Skip(1).Select(r => (IReadOnlyList<string>)[.. r])]);

        // One finding per control, its status the matrix's, its satisfies props the matrix's requirements.
        var byControl = json.Where(r => r[3] != "").GroupBy(r => r[3], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        using var oscal = JsonDocument.Parse(files[MatrixExportStep.OscalPath]);
        var findings = oscal.RootElement.GetProperty("assessment-results").GetProperty("results")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(byControl.Keys.Order(StringComparer.Ordinal), findings.Select(f => OscalAssessmentResultsTests.Prop(f, "control-id")!));
        foreach (var finding in findings)
        {
            var rows = byControl[OscalAssessmentResultsTests.Prop(finding, "control-id")!];
            var status = rows.Select(r => r[9]).Distinct().Single();
            Assert.Equal(status, OscalAssessmentResultsTests.Prop(finding, "status"));
            var state = finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString();
            Assert.Equal(status is "fresh" or "due" ? "satisfied" : "not-satisfied", state);
            var satisfies = finding.GetProperty("props").EnumerateArray().Where(p => p.GetProperty("name").GetString() == "satisfies")
                .Select(p => p.GetProperty("value").GetString()!);
            Assert.Equal(rows.Where(r => r[1] != "").Select(r => r[0] + ":" + r[1]), satisfies);
        }
        var controls = book["Controls"].Text.Skip(1).ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
        Assert.Equal(byControl.ToDictionary(p => p.Key, p => p.Value[0][9], StringComparer.Ordinal), controls);
        Assert.Equal("", OscalAssessmentResultsTests.Problems(oscal.RootElement));
    }

    [Fact]
    public void The_matrix_command_writes_the_same_workbook_and_document_as_the_build()
    {
        using var site = ExportSite.Create();
        var files = Build("small");
        var xlsx = Path.Combine(site.Root, "out.xlsx");
        var oscal = Path.Combine(site.Root, "out.json");
        Assert.Equal(0, CliRunner.Run("matrix", "--root", site.Root, "--as-of", SiteModelLoader.TempSiteAsOf, "--format", "xlsx", "--output", xlsx).Exit);
        Assert.Equal(files[MatrixExportStep.XlsxPath], File.ReadAllBytes(xlsx));
        Assert.Equal(0, CliRunner.Run("matrix", "--root", site.Root, "--as-of", SiteModelLoader.TempSiteAsOf, "--format", "oscal", "-o", oscal).Exit);
        Assert.Equal(files[MatrixExportStep.OscalPath], File.ReadAllBytes(oscal));
        var (exit, stdout, _) = CliRunner.Run("matrix", "--root", site.Root, "--as-of", SiteModelLoader.TempSiteAsOf, "--format", "oscal");
        Assert.Equal((0, Encoding.UTF8.GetString(files[MatrixExportStep.OscalPath])), (exit, stdout));
        var refused = CliRunner.Run("matrix", "--root", site.Root, "--format", "xlsx");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("--output FILE", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_lists_every_export()
    {
        var manifest = Encoding.UTF8.GetString(Build("small")["manifest.json"]);
        foreach (var path in new[] { MatrixExportStep.JsonPath, MatrixExportStep.CsvPath, MatrixExportStep.XlsxPath, MatrixExportStep.OscalPath })
            Assert.Contains($"\"{path}\"", manifest, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, IReadOnlyDictionary<string, byte[]>> Builds = [];

    private static IReadOnlyDictionary<string, byte[]> Build(string which)
    {
        lock (Builds)
        {
            if (Builds.TryGetValue(which, out var files)) return files;
            var memory = new Hotpass.Docs.Write.InMemorySite();
            if (which == "shipped")
            {
                var result = SitePipeline.CreateDefault().Run(new BuildRequest(RepoPaths.Root), memory);
                Assert.Equal(0, result.ExitCode);
            }
            else
            {
                using var site = ExportSite.Create();
                var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: SiteModelLoader.TempSiteAsOf), memory);
                Assert.Equal("", TempSite.Lines(result.Diagnostics));
            }
            return Builds[which] = memory.Files;
        }
    }

    /// <summary>matrix.json's rows as matrix.csv's ten cells.</summary>
    private static List<IReadOnlyList<string>> JsonRows(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        static string S(JsonElement row, string name) => row.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : row.GetProperty(name).GetString()!;
        return [.. json.RootElement.GetProperty("rows").EnumerateArray().Select(row =>
        {
            var risks = row.GetProperty("risks").EnumerateArray().ToList();
            var rpns = risks.Where(r => r.GetProperty("rpn").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("rpn").GetInt32()).ToList();
            return (IReadOnlyList<string>)
            [
                S(row, "framework"), S(row, "requirement"), S(row, "requirement_title"), S(row, "control"), S(row, "control_title"), S(row, "cadence"),
                string.Join("; ", risks.Select(r => r.GetProperty("rpn").ValueKind == JsonValueKind.Number
                    ? $"{r.GetProperty("id").GetString()} ({r.GetProperty("rpn").GetInt32()})" : r.GetProperty("id").GetString())),
                rpns.Count == 0 ? "" : rpns.Max().ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("; ", row.GetProperty("evidence").EnumerateArray().Select(e => e.GetString())),
                S(row, "control") == "" ? "" : S(row, "status"),
            ];
        })];
    }

    /// <summary>matrix.csv parsed as RFC 4180 (quoted fields, doubled quotes, CRLF), the formula guard's quote taken off.</summary>
    private static List<IReadOnlyList<string>> CsvRows(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                for (i++; i < text.Length; i++)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (text[i] == '"') break;
                    else field.Append(text[i]);
                }
            }
            else if (text[i] == ',') { fields.Add(Unguard(field)); field.Clear(); }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(Unguard(field));
                field.Clear();
                rows.Add(fields);
                fields = [];
                i++;
            }
        }
        return rows.Skip(1).ToList();
    }

    private static string Unguard(StringBuilder field)
    {
        var text = field.ToString();
        return text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;
    }
}
