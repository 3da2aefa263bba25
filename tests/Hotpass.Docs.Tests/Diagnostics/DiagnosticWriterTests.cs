using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Tests.Diagnostics;

public sealed class DiagnosticWriterTests
{
    private static readonly Diagnostic[] Sample =
    [
        Diagnostic.Create(DiagnosticCodes.UnknownDiataxisType, new SourceLocation("content/a,b.md", 3, 7), "guide"),
        Diagnostic.Create(DiagnosticCodes.UnknownField, new SourceLocation("content/c.md", 4, 1), "tittle", ""),
    ];

    private static string Write(DiagnosticFormat format)
    {
        using var writer = new StringWriter();
        DiagnosticWriter.Write(writer, Sample, format);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_file_line_column_severity_code_message()
    {
        Assert.Equal(
            "content/a,b.md(3,7): error HPD105: Unknown type 'guide': expected tutorial, how-to, reference or explanation\n" +
            "content/c.md(4,1): warning HPD109: Unknown front matter key 'tittle'\n",
            Write(DiagnosticFormat.Text));
    }

    [Fact]
    public void GitHub_annotations_escape_property_values()
    {
        Assert.Equal(
            "::error file=content/a%2Cb.md,line=3,col=7,title=HPD105::Unknown type 'guide': expected tutorial, how-to, reference or explanation\n" +
            "::warning file=content/c.md,line=4,col=1,title=HPD109::Unknown front matter key 'tittle'\n",
            Write(DiagnosticFormat.GitHub));
    }

    [Fact]
    public void Json_has_one_flat_object_per_diagnostic()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Write(DiagnosticFormat.Json));
        var first = doc.RootElement[0];
        Assert.Equal("HPD105", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("content/a,b.md", first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(7, first.GetProperty("column").GetInt32());
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_with_rules_and_regions()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Write(DiagnosticFormat.Sarif));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("hotpass-docs", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = run.GetProperty("results")[1];
        Assert.Equal("HPD109", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            r => r.GetProperty("id").GetString() == "HPD109");
    }

    [Fact]
    public void Every_code_is_unique_and_in_its_group()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^HPD[0-4][0-9]{2}$", c));
        var declared = typeof(DiagnosticCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Count();
        Assert.Equal(declared, codes.Count);
    }

    [Fact]
    public void Severity_policy_applies_overrides_then_strict()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.UnknownField, new SourceLocation("a.md", 1, 1), "x", "");
        bag.Report(DiagnosticCodes.ReviewDue, new SourceLocation("a.md", 2, 1), "2025-01-01", "2025-02-01");
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal) { ["HPD109"] = Severity.Hidden };
        Assert.Equal([Severity.Warning], bag.ToSortedList(new SeverityPolicy(overrides, false)).Select(d => d.Severity));
        Assert.Equal([Severity.Error], bag.ToSortedList(new SeverityPolicy(overrides, true)).Select(d => d.Severity));
    }
}
