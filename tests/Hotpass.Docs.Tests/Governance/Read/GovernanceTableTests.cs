using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Model.Governance;
using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

namespace Hotpass.Docs.Tests.Governance.Read;

/// <summary>Governance tables: a markdown table under a named heading, its columns mapped to fields, rows in → risks and
/// controls (or exact diagnostics at the row and cell) out.</summary>
public sealed class GovernanceTableTests
{
    private const string RiskMapping = """
        governance_tables:
          - heading: FMEA register
            holds: risks
            id_column: ID
            columns: { "Failure mode": title, "Severity (1-10)": severity, O: occurrence, D: detection, RPN: rpn, Status: status }

        """;

    private static string RiskTable(params string[] rows) =>
        "Intro.\n\n## FMEA register\n\n| ID | Failure mode | Severity (1-10) | O | D | RPN | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        + string.Join("", rows.Select(r => r + "\n"));

    [Fact]
    public void Rows_become_risks_located_at_their_row()
    {
        var (model, diagnostics) = Declare(("r.md", Page(RiskMapping, RiskTable(
            "| RSK-SECRETS-STALL | Secrets platform decision stalls | 9 | 6 | 6 | 324 | mitigating |",
            "| RSK-DASHBOARD-AUTH | Dashboard auth uplift pending | 6 | 4 | 5 | 120 | Open |"))));
        Assert.Equal("", diagnostics);
        Assert.Equal(["RSK-DASHBOARD-AUTH", "RSK-SECRETS-STALL"], model.Risks.Select(r => r.Id));
        var secrets = model.FindRisk("RSK-SECRETS-STALL")!;
        Assert.Equal(("Secrets platform decision stalls", 9, 6, 6, 324, RiskStatus.Mitigating),
            (secrets.Title, secrets.Severity, secrets.Occurrence, secrets.Detection, secrets.Rpn, secrets.Status));
        Assert.Equal(new SourceLocation("content/r.md", 15, 1), secrets.Location);
        Assert.Equal(RiskStatus.Open, model.FindRisk("RSK-DASHBOARD-AUTH")!.Status);
    }

    [Fact]
    public void Bad_cells_are_reported_at_the_cell()
    {
        var (_, diagnostics) = Declare(("r.md", Page(RiskMapping, RiskTable(
            "| RSK-A | Score too high | 11 | 6 | 6 | | open |",
            "| RSK-B | Wrong product | 9 | 6 | 6 | 300 | open |",
            "| RSK-C | Words for numbers | high | 6 | 6 | | someday |"))));
        Assert.Equal("""
            content/r.md(15,28): error HPD301: Risk 'RSK-A' severity must be a whole number from 1 to 10, not '11'
            content/r.md(16,39): error HPD302: Risk 'RSK-B' gives rpn 300, but severity × occurrence × detection is 9 × 6 × 6 = 324
            content/r.md(17,31): error HPD301: Risk 'RSK-C' severity must be a whole number from 1 to 10, not 'high'
            content/r.md(17,48): error HPD303: Risk 'RSK-C' status 'someday' is not one of open, mitigating, accepted, closed
            """, diagnostics);
    }

    [Fact]
    public void A_ragged_row_and_an_empty_required_cell_are_reported_and_the_other_rows_read()
    {
        var (model, diagnostics) = Declare(("r.md", Page(RiskMapping, RiskTable(
            "| RSK-A | Ragged | 9 | 6 |",
            "| RSK-B |  | 9 | 6 | 6 | | open |",
            "| RSK-C | Fine | 1 | 2 | 3 | 6 | closed |"))));
        Assert.Equal("""
            content/r.md(15,1): error HPD323: Row has 4 cells, but the header has 7
            content/r.md(16,10): error HPD324: Column 'Failure mode' is empty, but every risk needs its 'title'
            """, diagnostics);
        Assert.Equal(["RSK-B", "RSK-C"], model.Risks.Select(r => r.Id));
    }

    [Fact]
    public void A_mapped_column_the_table_lacks_is_reported_at_the_mapping_and_the_table_is_skipped()
    {
        var mapping = RiskMapping.Replace("O: occurrence", "Occurrence: occurrence", StringComparison.Ordinal);
        var (model, diagnostics) = Declare(("r.md", Page(mapping, RiskTable("| RSK-A | A | 1 | 1 | 1 | 1 | open |"))));
        Assert.Equal(
            "content/r.md(7,68): error HPD322: The table under 'FMEA register' has no column 'Occurrence' (its columns: 'ID', 'Failure mode', 'Severity (1-10)', 'O', 'D', 'RPN', 'Status')",
            diagnostics);
        Assert.Empty(model.Risks);
    }

    [Theory]
    [InlineData("holds: widgets", "holds: risks", "content/r.md(5,12): error HPD320: governance_tables: holds must be risks or controls, not 'widgets'")]
    [InlineData("heading: Nowhere", "heading: FMEA register", "content/r.md(4,14): error HPD321: No table sits under a heading 'Nowhere' on this page")]
    [InlineData("D: colour", "D: detection", "content/r.md(7,86): error HPD320: governance_tables: column 'D' must map to a field: one of detection, effect, id, mitigated_by, occurrence, owner, rpn, severity, status, title")]
    [InlineData("id_pattern: RSK-FIXED", "id_column: ID", "content/r.md(6,17): error HPD320: governance_tables: id_pattern needs a {field} or {row} placeholder, or every row would get the same id")]
    [InlineData("id_column: ID\n    colour: blue", "id_column: ID", "content/r.md(7,5): error HPD311: Unknown key 'colour' in governance_tables")]
    [InlineData("id_column: ID\n    id_colum: ID", "id_column: ID", "content/r.md(7,5): error HPD311: Unknown key 'id_colum' in governance_tables; did you mean 'id_column'?")]
    public void A_bad_mapping_is_reported_at_its_yaml_node(string replacement, string original, string expected)
    {
        var mapping = RiskMapping.Replace(original, replacement, StringComparison.Ordinal);
        Assert.Equal(expected, Declare(("r.md", Page(mapping, RiskTable("| RSK-A | A | 1 | 1 | 1 | 1 | open |")))).Diagnostics);
    }

    [Fact]
    public void An_id_pattern_makes_ids_from_the_mapped_fields()
    {
        var mapping = RiskMapping.Replace("id_column: ID", "id_pattern: \"RSK-{title}\"", StringComparison.Ordinal);
        var (model, diagnostics) = Declare(("r.md", Page(mapping, RiskTable(
            "| x | Secrets platform decision stalls! | 9 | 6 | 6 | 324 | open |",
            "| x |  | 9 | 6 | 6 | 324 | open |"))));
        Assert.Equal("content/r.md(16,6): error HPD324: Column 'Failure mode' is empty, but every risk needs its 'id'", diagnostics);
        Assert.Equal(["RSK-SECRETS-PLATFORM-DECISION-STALLS"], model.Risks.Select(r => r.Id));
    }

    [Fact]
    public void Control_rows_split_lists_and_understand_cadence_words()
    {
        var mapping = """
            governance_tables:
              - heading: Controls
                holds: controls
                columns: { Control: id, Title: title, "Framework / Control": satisfies, Safeguards: safeguards, "Verification cadence": cadence }

            """;
        var body = "## Controls\n\n| Control | Title | Framework / Control | Safeguards | Verification cadence |\n| --- | --- | --- | --- | --- |\n"
            + "| CTL-A | A | NIST-SSDF:PO.3; ASVS:2.1 | Vault, scanning | Each sprint |\n"
            + "| CTL-B | B | SLSA:BUILD-L2 | Pins | Now and then |\n";
        var (model, diagnostics) = Declare(("c.md", Page(mapping, body)));
        Assert.Equal("content/c.md(13,38): error HPD310: Cadence 'Now and then' is not understood: use per-build, daily, weekly, sprint, monthly, quarterly, yearly, release, per-pr or an ISO 8601 duration such as P30D", diagnostics);
        var a = model.FindControl("CTL-A")!;
        Assert.Equal(["NIST-SSDF:PO.3", "ASVS:2.1"], a.Satisfies.Select(s => s.Key));
        Assert.Equal(["Vault", "scanning"], a.Safeguards);
        Assert.Equal("sprint", a.Cadence!.Name);
    }

    [Fact]
    public void Reads_table_facts_built_by_hand()
    {
        static TableCellFact Cell(string text, int column) => new(text, new SourceLocation("content/t.md", 20, column));
        var table = new TableFact("Register", new SourceLocation("content/t.md", 18, 1),
            [Cell("ID", 3), Cell("Name", 8), Cell("S", 15), Cell("O", 19), Cell("D", 23)],
            [new TableRowFact(new SourceLocation("content/t.md", 20, 1), [Cell("RSK-X", 3), Cell("X", 11), Cell("2", 15), Cell("3", 19), Cell("4", 23)])]);
        var yaml = "governance_tables:\n  - { heading: Register, holds: risks, id_column: ID, columns: { Name: title, S: severity, O: occurrence, D: detection } }\n";
        var (model, diagnostics) = Declare(GovernanceSettings.Default, _ => [table], ("t.md", Page(yaml)));
        Assert.Equal("", diagnostics);
        Assert.Equal(24, Assert.Single(model.Risks).Rpn);
    }

    [Fact]
    public void Framework_references_as_documents_write_them_resolve_to_catalogue_ids()
    {
        var mapping = "governance_tables:\n  - { heading: Controls, holds: controls, columns: { Control: id, Title: title, \"Framework / Control\": satisfies } }\n";
        var body = "## Controls\n\n| Control | Title | Framework / Control |\n| --- | --- | --- |\n"
            + "| CTL-A | A | NIST SSDF PO.3; SLSA Build L2; OWASP ASVS 2.1 |\n"
            + "| CTL-B | B | ISO/IEC 25010 reliability, ISO/IEC 5055 maintainability, SOC 2 CC7.2 |\n"
            + "| CTL-C | C | Some framework 1.2 |\n";
        var (model, diagnostics) = Declare(("c.md", Page(mapping, body)));
        Assert.Equal("content/c.md(12,15): error HPD307: Control 'CTL-C' satisfies 'Some framework 1.2': write it as FRAMEWORK:REQUIREMENT, such as NIST-SSDF:PO.3, or as a known framework's name and a requirement id", diagnostics);
        Assert.Equal(["NIST-SSDF:PO.3", "SLSA:BUILD-L2", "ASVS:2.1"], model.FindControl("CTL-A")!.Satisfies.Select(s => s.Key));
        Assert.Equal(["ISO-25010:Reliability", "ISO-5055:Maintainability", "SOC2:CC7.2"], model.FindControl("CTL-B")!.Satisfies.Select(s => s.Key));
    }
}
