using System.Globalization;
using System.Text;
using CsCheck;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline.OneModel;

/// <summary>A random governance site: controls declared in front matter, a pipe table or a grid table on a page whose
/// name may need encoding, each with a cadence and dated evidence files; risks that they mitigate. Its stale, missing
/// and failing findings are warnings, so every build writes a site the properties can read.</summary>
public sealed record GovernanceSiteSpec(string DeclaringPage, int TableKind, IReadOnlyList<ControlSpec> Controls, int Risks)
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    /// <summary>The instant the site is first built at; the properties build it again some days later.</summary>
    public static readonly DateTimeOffset AsOf = new(2025, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Pages = ["governance/controls.md", "governance/x#y.md", "governance/a b.md", "governance/ü%20.md", "how-to/(1).md"];
    private static readonly string[] Cadences = ["weekly", "monthly", "quarterly", "per-build", "P10D", "release"];

    public static readonly Gen<GovernanceSiteSpec> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, Pages.Length - 1], CsCheck.Gen.Int[0, 2], ControlSpec.Gen.Array[1, 4], CsCheck.Gen.Int[0, 3],
            (page, table, controls, risks) => new GovernanceSiteSpec(Pages[page], table,
                [.. controls.Select((c, i) => c with { Id = "CTL-" + (char)('A' + i) })], risks));

    /// <summary>Writes the site into <paramref name="site"/>.</summary>
    public void WriteTo(TempSite site)
    {
        site.File("hotpass-docs.yml", "title: Generated\n"
                + "diagnostics: { HPD450: warning, HPD451: warning, HPD452: warning, HPD453: warning, HPD454: warning, HPD459: warning }\n")
            .Page("index.md", "Home");
        var front = new StringBuilder();
        var body = new StringBuilder("Controls declared here.\n\n");
        List<ControlSpec> tabled = TableKind == 0 ? [] : [.. Controls.Where((_, i) => i % 2 == 0)];
        var inFront = Controls.Except(tabled).ToList();
        if (inFront.Count > 0)
        {
            front.Append("controls:\n");
            foreach (var c in inFront)
                front.Append(CultureInfo.InvariantCulture, $"  - {{ id: {c.Id}, title: Control {c.Id}, cadence: {Cadences[c.Cadence]}, evidence: [\"{c.Folder}/*\"] }}\n");
        }
        if (tabled.Count > 0)
        {
            front.Append("governance_tables:\n  - { heading: Controls, holds: controls, columns: { Control: id, Title: title, Cadence: cadence, Evidence: evidence } }\n");
            body.Append("## Controls\n\n").Append(TableKind == 1 ? PipeTable(tabled) : GridTable(tabled));
        }
        if (Risks > 0)
        {
            front.Append("risks:\n");
            for (var r = 0; r < Risks; r++)
                front.Append(CultureInfo.InvariantCulture, $"  - {{ id: RSK-{r}, title: Risk {r}, severity: {r + 2}, occurrence: 3, detection: 4, mitigated_by: [{Controls[r % Controls.Count].Id}] }}\n");
        }
        site.Page(DeclaringPage, "Declarations", body.ToString(), front.ToString());
        foreach (var c in Controls)
            foreach (var (age, i) in c.EvidenceAges.Select((a, i) => (a, i)))
            {
                var path = $"evidence/{c.Folder}/run-{i}.csv";
                var collected = AsOf.AddDays(-age).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                var commit = (age + i) % 2 == 0 ? Commit : "fedcba9876543210fedcba9876543210fedcba98";
                site.File(path, "t,n\n" + i + "," + age + "\n")
                    .File(path + ".evidence.yaml", $"collected_at: {collected}\ncommit: {commit}\n");
            }
    }

    private static string PipeTable(IEnumerable<ControlSpec> controls) =>
        "| Control | Title | Cadence | Evidence |\n| --- | --- | --- | --- |\n"
        + string.Concat(controls.Select(c => $"| {c.Id} | Control {c.Id} | {Cadences[c.Cadence]} | `{c.Folder}/*` |\n"));

    private static string GridTable(IReadOnlyList<ControlSpec> controls)
    {
        string[] header = ["Control", "Title", "Cadence", "Evidence"];
        var rows = controls.Select(c => new[] { c.Id, "Control " + c.Id, Cadences[c.Cadence], c.Folder + "/*" }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Rule(char c) => "+" + string.Concat(widths.Select(w => new string(c, w + 2) + "+")) + "\n";
        string Row(string[] cells) => "|" + string.Concat(cells.Select((t, i) => " " + t.PadRight(widths[i]) + " |")) + "\n";
        var text = new StringBuilder(Rule('-')).Append(Row(header)).Append(Rule('='));
        foreach (var row in rows) text.Append(Row(row)).Append(Rule('-'));
        return text.ToString();
    }

    public override string ToString() =>
        $"{DeclaringPage} table={TableKind} risks={Risks} " + string.Join(' ', Controls.Select(c => $"{c.Id}:{Cadences[c.Cadence]}:[{string.Join(',', c.EvidenceAges)}]"));
}

/// <summary>One control of a <see cref="GovernanceSiteSpec"/>: its cadence and the ages in days of its evidence files.</summary>
public sealed record ControlSpec(string Id, int Cadence, IReadOnlyList<int> EvidenceAges)
{
    public string Folder => "logs-" + Id.ToLowerInvariant();

    public static readonly Gen<ControlSpec> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 5], CsCheck.Gen.Int[0, 120].Array[0, 3], (cadence, ages) => new ControlSpec("", cadence, ages));
}
