using System.IO.Compression;
using System.Xml.Linq;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>An .xlsx file read back the way a spreadsheet reads it: the workbook's sheets in order (through its
/// relationships), each sheet's cells as their types and values, its frozen pane and auto filter, and whether any cell
/// holds a formula. Reads only what SpreadsheetML says, so a file another tool would misread fails here too.</summary>
public sealed class XlsxWorkbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public IReadOnlyList<Sheet> Sheets { get; }

    public XlsxWorkbook(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument Xml(string path)
        {
            var entry = zip.GetEntry(path) ?? throw new InvalidDataException($"the package has no {path}");
            using var stream = entry.Open();
            return XDocument.Load(stream);
        }
        var targets = Xml("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        Sheets = [.. Xml("xl/workbook.xml").Root!.Element(Main + "sheets")!.Elements(Main + "sheet").Select(s =>
        {
            var target = targets[(string)s.Attribute(Rel + "id")!].TrimStart('/');
            return Sheet.Read((string)s.Attribute("name")!, Xml(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target));
        })];
    }

    public Sheet this[string name] => Sheets.Single(s => s.Name == name);

    /// <summary>One cell: its SpreadsheetML type (<c>inlineStr</c>, <c>s</c>, <c>str</c>, <c>n</c> for a number) and text.</summary>
    public sealed record CellValue(string Type, string Text);

    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<CellValue>> Rows, int FrozenRows, string? AutoFilter, bool HasFormula)
    {
        /// <summary>The rows as text, header first.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Text => [.. Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)])];

        internal static Sheet Read(string name, XDocument xml)
        {
            var root = xml.Root!;
            var pane = root.Descendants(Main + "pane").FirstOrDefault(p => (string?)p.Attribute("state") == "frozen");
            var rows = root.Element(Main + "sheetData")!.Elements(Main + "row").Select(r => (IReadOnlyList<CellValue>)[.. Cells(r)]).ToList();
            return new Sheet(name, rows, pane is null ? 0 : (int)(double)pane.Attribute("ySplit")!, (string?)root.Element(Main + "autoFilter")?.Attribute("ref"),
                root.Descendants(Main + "f").Any());
        }

        /// <summary>A row's cells left to right; a cell skipped by its reference (<c>r="C2"</c>) reads as empty.</summary>
        private static IEnumerable<CellValue> Cells(XElement row)
        {
            var column = 0;
            foreach (var c in row.Elements(Main + "c"))
            {
                if ((string?)c.Attribute("r") is { } reference)
                {
                    var at = 0;
                    foreach (var ch in reference.TakeWhile(char.IsLetter)) at = at * 26 + (ch - 'A' + 1);
                    for (; column < at - 1; column++) yield return new CellValue("", "");
                }
                column++;
                var type = (string?)c.Attribute("t") ?? "n";
                var text = type == "inlineStr" ? string.Concat(c.Element(Main + "is")!.Descendants(Main + "t").Select(t => t.Value))
                    : (string?)c.Element(Main + "v") ?? "";
                yield return new CellValue(type, text);
            }
        }
    }
}
