using System.Text;
using System.Text.Json;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Tests.TestSupport;
using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

namespace Hotpass.Docs.Tests.Governance.Matrix;

/// <summary>The traceability matrix of the shipped Hotpass site and of small inputs, in its three exports.</summary>
public sealed class MatrixExportTests
{
    private static TraceabilityMatrix Shipped()
    {
        var bag = new DiagnosticBag();
        var model = GovernanceStage.Load(RepoPaths.Root, bag);
        Assert.Equal("", TempSite.Lines(bag.ToSortedList()));
        return TraceabilityMatrix.Build(model);
    }

    [Fact]
    public void The_shipped_csv_matches_its_golden_file() =>
        Golden.Verify("governance/matrix.csv", Encoding.UTF8.GetString(MatrixCsvWriter.ToBytes(Shipped())).TrimStart('\uFEFF'));

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_and_ends_lines_with_crlf()
    {
        var bytes = MatrixCsvWriter.ToBytes(Shipped());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("\"Framework\",\"Requirement\",\"Requirement title\",\"Control\",\"Control title\",\"Cadence\",\"Risks (RPN)\",\"Highest RPN\",\"Evidence\",\"Status\"\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a, \"b\"", "\"a, \"\"b\"\"\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("", "\"\"")]
    public void Csv_fields_are_quoted_per_rfc_4180_and_never_run_as_formulas(string field, string expected) =>
        Assert.Equal(expected, MatrixCsvWriter.Quote(field));

    [Fact]
    public void The_shipped_json_reads_back_with_every_control_risk_and_coverage()
    {
        var text = new StringWriter();
        MatrixJsonWriter.Write(text, Shipped());
        using var json = JsonDocument.Parse(text.ToString());
        var root = json.RootElement;
        Assert.Equal(TraceabilityMatrix.FormatVersion, root.GetProperty("version").GetInt32());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        var controls = rows.Where(r => r.GetProperty("control").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("control").GetString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["CTL-ACTIONS-PINNED", "CTL-DASHBOARD-ASVS", "CTL-DASHBOARD-AUTH", "CTL-EXPORT-ACCESS-LOG", "CTL-FITNESS-FUNCTIONS",
            "CTL-POPIA-CONSENT", "CTL-PREFECT-RELIABILITY", "CTL-SECRETS-VAULT", "CTL-SUPPLY-CHAIN-SLSA"], controls);
        var po3 = rows.Single(r => r.GetProperty("framework").GetString() == "NIST-SSDF" && r.GetProperty("requirement").GetString() == "PO.3");
        Assert.Equal("CTL-SECRETS-VAULT", po3.GetProperty("control").GetString());
        Assert.Equal("monthly", po3.GetProperty("cadence").GetString());
        Assert.Equal("unknown", po3.GetProperty("status").GetString());
        var risks = po3.GetProperty("risks").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("rpn").GetInt32())).ToList();
        Assert.Equal([("RSK-SECRETS-STALL", 324), ("RSK-DEPENDENCY-POISONING", 126)], risks);
        var slsa = root.GetProperty("frameworks").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "SLSA");
        Assert.Equal((4, 1), (slsa.GetProperty("requirements").GetInt32(), slsa.GetProperty("covered").GetInt32()));
        Assert.Equal(["BUILD-L0", "BUILD-L1", "BUILD-L3"], slsa.GetProperty("uncovered").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_requirement_without_controls_is_a_gap_row_and_a_control_without_requirements_still_traces()
    {
        var (model, diagnostics) = Declare(("m.md", Page("""
            risks:
              - { id: RSK-A, title: A, severity: 2, occurrence: 3, detection: 4, mitigated_by: [CTL-FREE] }
            controls:
              - { id: CTL-SLSA, title: Provenance, satisfies: ["SLSA:BUILD-L1"], cadence: per-build, evidence: [prov] }
              - { id: CTL-FREE, title: Free-standing }

            """)));
        Assert.Equal("", diagnostics);
        var text = new StringWriter();
        MatrixMarkdownWriter.Write(text, TraceabilityMatrix.Build(model));
        Assert.Contains("""
            | SLSA | BUILD-L0 No guarantees | (none) |  |  |  |  |
            | SLSA | BUILD-L1 Provenance exists showing how the package was built | CTL-SLSA Provenance | per-build |  | prov | unknown |
            | SLSA | BUILD-L2 Hosted build platform with signed provenance | (none) |  |  |  |  |
            | SLSA | BUILD-L3 Hardened build platform with unforgeable provenance | (none) |  |  |  |  |
            |  |  | CTL-FREE Free-standing |  | RSK-A (24) |  | unknown |

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text.ToString(), StringComparison.Ordinal);
        Assert.Contains("| SLSA | 4 | 1 | 3 |\n| SOC2 | 33 | 0 | 33 |", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_cannot_break_the_table_or_inject_markup()
    {
        var (model, _) = Declare(("m.md", Page("controls:\n  - { id: CTL-X, title: \"a | b <script> [x](y)\" }\n")));
        var text = new StringWriter();
        MatrixMarkdownWriter.Write(text, TraceabilityMatrix.Build(model));
        Assert.Contains(@"| CTL-X a \| b \<script\> \[x\](y) |", text.ToString(), StringComparison.Ordinal);
    }
}
