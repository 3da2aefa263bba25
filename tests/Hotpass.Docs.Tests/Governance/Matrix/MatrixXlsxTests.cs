using System.IO.Compression;
using System.Text;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance.Matrix;

/// <summary><c>matrix.xlsx</c> as a build writes it, read back as SpreadsheetML: its sheets, frozen headers, filters,
/// string cells that never run as formulas, and the same bytes whatever the clock says.</summary>
public sealed class MatrixXlsxTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Built = new(() =>
    {
        using var site = ExportSite.Create();
        var (result, output) = site.BuildInMemory();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        return output.Files;
    });

    private static XlsxWorkbook Workbook() => new(Built.Value["matrix.xlsx"]);

    [Fact]
    public void Each_view_is_a_sheet_with_a_frozen_header_row_and_a_filter_over_its_rows()
    {
        var book = Workbook();
        Assert.Equal(["Matrix", "Risks", "Controls", "Evidence", "Waivers"], book.Sheets.Select(s => s.Name));
        foreach (var sheet in book.Sheets)
        {
            Assert.Equal(1, sheet.FrozenRows);
            var last = (char)('A' + sheet.Rows[0].Count - 1);
            Assert.Equal($"A1:{last}{sheet.Rows.Count}", sheet.AutoFilter);
        }
        Assert.Equal(MatrixCsvWriter.Header, book["Matrix"].Text[0]);
        Assert.Equal(["Control", "Condition", "Reason", "Owner", "Approved by", "Approved on", "Expires", "State"], book["Waivers"].Text.Single());
        Assert.Equal(["CTL-AT", "CTL-EVIL", "CTL-MINUS", "CTL-PLUS"], book["Controls"].Text.Skip(1).Select(r => r[0]));
        var evidence = book["Evidence"].Text;
        Assert.Equal(("ci/junit", "2025-11-20T08:00:00Z", "2025-11-27T08:00:00Z", "CTL-EVIL; CTL-PLUS"),
            (evidence[1][0], evidence[1][7], evidence[1][8], evidence[1][12]));
    }

    [Theory]
    [InlineData(ExportSite.FormulaTitle)]
    [InlineData(ExportSite.PlusTitle)]
    [InlineData(ExportSite.AtTitle)]
    [InlineData(ExportSite.MinusTitle)]
    public void A_title_a_spreadsheet_would_run_is_stored_as_a_string_and_kept_exactly(string title)
    {
        var book = Workbook();
        Assert.DoesNotContain(book.Sheets, s => s.HasFormula);
        foreach (var (sheet, column) in new[] { ("Matrix", 4), ("Controls", 1) })
        {
            var cells = book[sheet].Rows.Select(r => r[column]).Where(c => c.Text == title).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.Equal("inlineStr", c.Type));
        }
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes_whatever_the_clock()
    {
        using var site = ExportSite.Create();
        var model = SiteModelLoader.Run(site.Root).Site!;
        var first = MatrixXlsxWriter.ToBytes(model);
        // Past a zip time's two-second grain and the creation stamp's second, so a clock read would show.
        Thread.Sleep(2100);
        Assert.Equal(first, MatrixXlsxWriter.ToBytes(model));
        Assert.Equal(first, Built.Value["matrix.xlsx"]);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open(), Encoding.UTF8);
        Assert.Contains(">2025-11-23T00:00:00Z</dcterms:created>", core.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("bell\u0007 nul\0", "bell\uFFFD nul\uFFFD")]
    [InlineData("pair \uD83D\uDE00 kept\ttab\nline", "pair \uD83D\uDE00 kept\ttab\nline")]
    [InlineData("\uFFFE", "\uFFFD")]
    public void Characters_xml_cannot_carry_become_replacement_characters(string text, string expected) =>
        Assert.Equal(expected, XlsxCells.Clean(text));

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character() =>
        // Built at run time: an attribute's string argument cannot carry a lone surrogate through metadata.
        Assert.Equal("lone \uFFFD surrogate", XlsxCells.Clean("lone " + new string('\uD800', 1) + " surrogate"));
}
