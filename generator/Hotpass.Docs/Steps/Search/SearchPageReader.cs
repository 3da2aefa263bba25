using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Features;

namespace Hotpass.Docs.Steps.Search;

/// <summary>What search knows about a page: a markdown page's plain text cut into sections at its headings (level 2 and
/// 3, which carry ids a result can jump to); a generated page's text as its feature shows it (<see cref="IFeatureViews.Text"/>);
/// and the ids its content gives. Section 0 is always the top of the page.</summary>
internal static class SearchPageReader
{
    public static SearchPage Read(Page page, IReadOnlyList<IFeatureViews> features) =>
        new(page.OutputPath, page.Title, page.Summary, page.Content.Markdown is { } markdown ? Sections(markdown.Document) : Shown(page, features),
            page.Content.SearchIds);

    /// <summary>The text features show on a page with no markdown (a risk, a control, an evidence file, the register …);
    /// a page none of them shows has only its top (its title, summary and ids).</summary>
    internal static List<SearchSection> Shown(Page page, IReadOnlyList<IFeatureViews> features)
    {
        var sections = new List<SearchSection> { new(null, null, "") };
        foreach (var feature in features)
        {
            if (feature.Text(page) is not { } shown) continue;
            foreach (var section in shown)
            {
                if (section.Heading is null && sections.Count == 1) sections[0] = new SearchSection(null, null, Join(sections[0].Text, section.Text));
                else sections.Add(new SearchSection(section.Heading, section.Id, section.Text));
            }
        }
        return sections;
    }

    private static string Join(ReadOnlyMemory<char> before, string text) => before.Length == 0 ? text : before + "\n" + text;

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
