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

    /// <summary>The package again, entry for entry in the same order, with fixed entry times and the creation stamp set
    /// to <paramref name="asOf"/>.</summary>
    private static byte[] Normalise(byte[] package, DateTimeOffset asOf)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var content = new MemoryStream();
                using (var read = entry.Open()) read.CopyTo(content);
                var bytes = entry.FullName == "docProps/core.xml" ? CoreProperties.Stamped(content.ToArray(), asOf) : content.ToArray();
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var write = copy.Open();
                write.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
