using System.Text;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Governance;

/// <summary>The governance pages and exports of a small site, as bytes: goldens for the matrix page, a control page
/// and matrix.csv; matrix.json and matrix.csv read back as their formats.</summary>
public sealed class GovernancePagesRenderTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Built = new(() =>
    {
        using var site = GovernanceSite.Create();
        var (result, output) = site.BuildInMemory();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        return output.Files;
    });

    private static string Text(string path) => Encoding.UTF8.GetString(Built.Value[path]);

    [Theory]
    [InlineData("governance/matrix.html")]
    [InlineData("governance/controls/CTL-VAULT.html")]
    [InlineData("governance/risks/RSK-LEAK.html")]
    [InlineData("governance/register.html")]
    [InlineData("matrix.csv")]
    public void Governance_output_matches_its_golden_file(string path) =>
        // The golden file is read as text, which drops a byte-order mark; the CSV test below checks the mark's bytes.
        Golden.Verify("governance-site/" + path, Text(path).TrimStart('\uFEFF'));

    [Fact]
    public void Matrix_json_reads_back_with_its_version_coverage_and_rows()
    {
        using var json = JsonDocument.Parse(Built.Value["matrix.json"]);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var demo = root.GetProperty("frameworks").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "DEMO");
        Assert.Equal((3, 1), (demo.GetProperty("requirements").GetInt32(), demo.GetProperty("covered").GetInt32()));
        Assert.Equal(["R2", "R3"], demo.GetProperty("uncovered").EnumerateArray().Select(e => e.GetString()));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        var vault = rows.First(r => r.GetProperty("control").GetString() == "CTL-VAULT");
        Assert.Equal(("DEMO", "R1", "monthly"), (vault.GetProperty("framework").GetString(), vault.GetProperty("requirement").GetString(), vault.GetProperty("cadence").GetString()));
        Assert.Equal(324, vault.GetProperty("risks")[0].GetProperty("rpn").GetInt32());
        Assert.Equal("fresh", vault.GetProperty("status").GetString());
        Assert.Equal(8, rows.Count);
    }

    [Fact]
    public void Matrix_csv_reads_back_as_rfc_4180_with_a_byte_order_mark()
    {
        var bytes = Built.Value["matrix.csv"];
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        Assert.Equal("\"DEMO\",\"R1\",\"Keep secrets secret\",\"CTL-VAULT\",\"Secrets in Vault\",\"monthly\",\"RSK-LEAK (324)\",\"324\",\"vault-audit\",\"fresh\"", lines[1]);
    }

    [Fact]
    public void The_manifest_lists_both_exports()
    {
        var manifest = Text("manifest.json");
        Assert.Contains("\"matrix.json\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"matrix.csv\"", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_documents_or_declares_links_to_the_generated_pages()
    {
        Assert.Contains("<h2>Controls documented here</h2>\n<ul>\n<li><a href=\"../governance/controls/CTL-VAULT.html\">CTL-VAULT</a> Secrets in Vault</li>",
            Text("how-to/rotate.html"), StringComparison.Ordinal);
        var register = Text("governance/register.html");
        Assert.Contains("<h2>Risks declared here</h2>", Text("governance/register-source.html"), StringComparison.Ordinal);
        Assert.True(register.IndexOf("RSK-LEAK", StringComparison.Ordinal) < register.IndexOf("RSK-SLOW", StringComparison.Ordinal), "register is by RPN, highest first");
        Assert.Contains("<title id=\"risk-heatmap-title\">", register, StringComparison.Ordinal);
        Assert.Contains("<table class=\"heatmap-table\">", register, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_and_requirement_pages_link_back()
    {
        Assert.Contains("href=\"../../governance/controls/CTL-VAULT.html\"", Text("governance/risks/RSK-LEAK.html"), StringComparison.Ordinal);
        var requirement = Text("governance/frameworks/DEMO/R1.html");
        Assert.Contains("href=\"../../../governance/controls/CTL-VAULT.html\"", requirement, StringComparison.Ordinal);
        Assert.Contains("No control satisfies this requirement", Text("governance/frameworks/DEMO/R3.html"), StringComparison.Ordinal);
    }
}
