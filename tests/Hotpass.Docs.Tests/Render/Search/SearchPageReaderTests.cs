using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.Render.Search;

public sealed class SearchPageReaderTests
{
    private static PageDocument Document(string plainText, params HeadingFact[] headings) =>
        new([], headings, [], new HashSet<string>(StringComparer.Ordinal), [], plainText);

    [Fact]
    public void Level_2_and_3_headings_with_ids_start_sections_whose_text_is_the_lines_between_them()
    {
        var document = Document("Rotate\nOpening words.\nMore.\nSteps\nOne.\nSub\nDeep\nTwo.",
            new HeadingFact(1, "rotate", "Rotate"), new HeadingFact(2, "steps", "Steps"), new HeadingFact(3, null, "Sub"), new HeadingFact(4, "deep", "Deep"));
        Assert.Equal(
            [new SearchSection(null, null, "Rotate\nOpening words.\nMore."), new SearchSection("Steps", "steps", "One.\nSub\nDeep\nTwo.")],
            SearchPageReader.Sections(document));
    }

    [Fact]
    public void A_heading_on_the_first_or_last_line_or_twice_in_a_row_leaves_its_neighbours_empty()
    {
        var document = Document("A\nB\nbody\nC", new HeadingFact(2, "a", "A"), new HeadingFact(2, "b", "B"), new HeadingFact(3, "c", "C"));
        Assert.Equal(
            [new SearchSection(null, null, ""), new SearchSection("A", "a", ""), new SearchSection("B", "b", "body"), new SearchSection("C", "c", "")],
            SearchPageReader.Sections(document));
    }

    [Fact]
    public void A_line_that_repeats_a_later_heading_stays_text_until_the_headings_before_it_are_passed()
    {
        var document = Document("Steps\nIntro\nSteps\nDo it.", new HeadingFact(2, "intro", "Intro"), new HeadingFact(2, "steps", "Steps"));
        Assert.Equal(
            [new SearchSection(null, null, "Steps"), new SearchSection("Intro", "intro", ""), new SearchSection("Steps", "steps", "Do it.")],
            SearchPageReader.Sections(document));
        Assert.Equal([new SearchSection(null, null, "")], SearchPageReader.Sections(Document("")));
    }
}
