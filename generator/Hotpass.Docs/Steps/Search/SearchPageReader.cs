using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Steps.Search;

/// <summary>What search knows about a page, read from the facts it was parsed into: its plain text cut into sections
/// at its headings (level 2 and 3, which carry ids a result can jump to), and the ids its content contributes.</summary>
internal static class SearchPageReader
{
    public static SearchPage Read(Page page)
    {
        var document = page.Content.Markdown?.Document ?? PageDocument.Empty;
        return new SearchPage(page.OutputPath, page.Title, page.Summary, Sections(document), page.Content.SearchIds);
    }

    /// <summary>Plain text is one block per line, headings among them in order, so each heading's line starts a
    /// section; the text before the first heading (and an h1 repeating the title) stays in the first. A section's
    /// text is its lines as they stand: the index reads line breaks as the spaces between words they are.</summary>
    internal static List<SearchSection> Sections(PageDocument document)
    {
        var sections = new List<SearchSection>();
        var headings = document.Headings.Where(h => h.Level is 2 or 3 && h.Id is not null && h.Text.Length > 0).ToList();
        var plain = document.PlainText;
        var next = 0;
        string? heading = null, id = null;
        var start = 0;
        for (var at = 0; next < headings.Count && at <= plain.Length;)
        {
            var end = plain.IndexOf('\n', at);
            if (end < 0) end = plain.Length;
            if (plain.AsSpan(at, end - at).SequenceEqual(headings[next].Text))
            {
                sections.Add(new SearchSection(heading, id, Lines(plain, start, at)));
                (heading, id) = (headings[next].Text, headings[next].Id);
                next++;
                start = end + 1;
            }
            at = end + 1;
        }
        sections.Add(new SearchSection(heading, id, Lines(plain, start, plain.Length + 1)));
        return sections;
    }

    /// <summary>The lines from <paramref name="start"/> up to the line break before <paramref name="end"/>.</summary>
    private static ReadOnlyMemory<char> Lines(string plain, int start, int end) => start >= end - 1 ? default : plain.AsMemory(start..(end - 1));
}
