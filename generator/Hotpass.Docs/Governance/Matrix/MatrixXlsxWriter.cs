using System.IO.Compression;
using Hotpass.Docs.Model;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes <c>matrix.xlsx</c>: a sheet per view (matrix, risks, controls, evidence, waivers), each with a frozen
/// header row and an auto filter over its rows. Every text cell is a string cell, so page text never runs as a formula.</summary>
/// <remarks>SpreadCheetah stamps the workbook's creation time (<c>docProps/core.xml</c>) and the zip entries carry the
/// time they were written, so the package is rewritten with both fixed: the as-of instant and the zip format's first
/// day. The same model then gives the same bytes.</remarks>
public static class MatrixXlsxWriter
{
    /// <summary>The zip entries' time: 1980-01-01, the first a zip can hold, as reproducible-build tools use.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] ToBytes(SiteModel site)
    {
        using var written = new MemoryStream();
        // Writing to memory completes synchronously; the library's API is asynchronous only.
        WriteAsync(written, MatrixSheets.Of(site), site.Config.Title).GetAwaiter().GetResult();
        return Normalise(written.ToArray(), site.AsOf);
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyList<XlsxSheet> sheets, string title)
    {
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new SpreadCheetah.Metadata.DocumentProperties { Title = XlsxCells.Clean(title) + " traceability matrix", Author = "hotpass-docs" },
        };
        await using var book = await Spreadsheet.CreateNewAsync(stream, options);
        foreach (var sheet in sheets)
        {
            var last = SpreadsheetUtility.GetColumnName(sheet.Header.Count);
            var sheetOptions = new WorksheetOptions { FrozenRows = 1, AutoFilter = new AutoFilterOptions($"A1:{last}{sheet.Rows.Count + 1}") };
            for (var i = 0; i < sheet.Widths.Count; i++) sheetOptions.Column(i + 1).Width = sheet.Widths[i];
            await book.StartWorksheetAsync(sheet.Name, sheetOptions);
            await book.AddRowAsync([.. sheet.Header.Select(h => new Cell(h))]);
            foreach (var row in sheet.Rows) await book.AddRowAsync(row);
        }
        await book.FinishAsync();
    }

    /// <summary>The package with fixed entry times and the creation stamp set to <paramref name="asOf"/>. Updated in place:
    /// the entries left unopened keep their compressed bytes, so nothing is inflated or deflated again but core.xml.</summary>
    private static byte[] Normalise(byte[] package, DateTimeOffset asOf)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == "docProps/core.xml")
                {
                    using var stream = entry.Open();
                    var content = new MemoryStream();
                    stream.CopyTo(content);
                    var stamped = CoreProperties.Stamped(content.ToArray(), asOf);
                    stream.SetLength(0);
                    stream.Write(stamped);
                }
                entry.LastWriteTime = EntryTime;
            }
        }
        return buffer.ToArray();
    }
}
