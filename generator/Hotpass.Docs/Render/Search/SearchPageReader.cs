using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Facts;

namespace Hotpass.Docs.Render.Search;

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
    /// section; the text before the first heading (and an h1 repeating the title) stays in the first.</summary>
    internal static List<SearchSection> Sections(PageDocument document)
    {
        var sections = new List<SearchSection>();
        var headings = document.Headings.Where(h => h.Level is 2 or 3 && h.Id is not null && h.Text.Length > 0).ToList();
        var next = 0;
        string? heading = null, id = null;
        var text = new System.Text.StringBuilder();
        var rest = document.PlainText.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (next < headings.Count && line.SequenceEqual(headings[next].Text))
            {
                sections.Add(new SearchSection(heading, id, text.ToString()));
                (heading, id) = (headings[next].Text, headings[next].Id);
                next++;
                text.Clear();
            }
            else
            {
                if (text.Length > 0) text.Append(' ');
                text.Append(line);
            }
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        sections.Add(new SearchSection(heading, id, text.ToString()));
        return sections;
    }
}
