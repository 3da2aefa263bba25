using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>A page printed to PDF as Chromium prints it (A4, the site's own <c>@page</c> margins), and the words on each
/// sheet read back with PdfPig: what an auditor's printout holds, not what the stylesheet intends.</summary>
internal static class PrintedPdf
{
    /// <summary>The words of each printed sheet, joined by single spaces.</summary>
    public static async Task<IReadOnlyList<string>> SheetsAsync(IPage page)
    {
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(sheet => string.Join(" ", sheet.GetWords().Select(w => w.Text)))];
    }

    /// <summary>How many times <paramref name="word"/> stands as a whole word in <paramref name="text"/>.</summary>
    public static int Count(string text, string word) =>
        text.Split(' ').Count(w => w.Trim(',', '.', '(', ')', ';', ':').Equals(word, StringComparison.Ordinal));
}
