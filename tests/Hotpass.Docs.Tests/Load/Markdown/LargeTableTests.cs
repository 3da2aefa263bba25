using System.Diagnostics;
using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Load.Facts;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Load.Markdown;

/// <summary>Large markdown tables (issue 24): each cell's line was found by counting newlines from the top of the page,
/// so a 400 KB table took 10-17 s and a 3 MB governance table never finished. Lines now come from a line-start index
/// made once per page (<see cref="LineIndex"/>); these tests check every cell's location on a 2 MB table of 60,000 rows and
/// print (never assert) the time.</summary>
public sealed class LargeTableTests(ITestOutputHelper output)
{
    private const int FirstLine = 4; // the body starts on line 4 of the file, after front matter
    private static readonly PageDocumentReader Reader = new(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));

    private static PageDocument Read(string body) =>
        Reader.Read(new PageSource("p.md", "content/p.md", FrontMatter.Empty, body, FirstLine), new DiagnosticBag());

    [Fact]
    public void Every_cell_of_a_two_megabyte_table_is_located_on_its_own_line_and_column()
    {
        var body = new StringBuilder("Intro.\n\n## Controls\n\n| ID | Title | Cadence |\n|---|---|---|\n");
        var expected = new List<(string Text, int Line, int Column)[]>();
        var line = FirstLine + 6;
        for (var i = 0; body.Length < 2_000_000; i++, line++)
        {
            var id = $"CTL-{i:D6}";
            var title = new string('t', i % 7) + "x";
            var pad = new string(' ', i % 3);
            body.Append('|').Append(pad).Append(id).Append(" | ").Append(title).Append(" |").Append(pad).Append(" monthly |\n");
            expected.Add([(id, line, 2 + pad.Length), (title, line, 2 + pad.Length + id.Length + 3), ("monthly", line, 2 + pad.Length + id.Length + 3 + title.Length + 3 + pad.Length)]);
        }
        var clock = Stopwatch.StartNew();
        var table = Assert.Single(Read(body.ToString()).Tables);
        output.WriteLine($"{body.Length / 1e6:0.0} MB, {expected.Count} rows: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(expected.Count, table.Rows.Count);
        for (var r = 0; r < expected.Count; r++)
            Assert.Equal(expected[r], table.Rows[r].Cells.Select(c => (c.Text, c.Location.Line, c.Location.Column)).ToArray());
    }

    [Fact]
    public void Every_cell_of_one_very_wide_row_is_located_in_its_column()
    {
        const int Columns = 5_000;
        var header = string.Concat(Enumerable.Range(0, Columns).Select(i => $"| h{i} "));
        var rule = string.Concat(Enumerable.Repeat("|---", Columns));
        var row = string.Concat(Enumerable.Range(0, Columns).Select(i => $"| c{i} "));
        var table = Assert.Single(Read($"{header}|\n{rule}|\n{row}|\n").Tables);
        var cells = Assert.Single(table.Rows).Cells;
        Assert.Equal(Columns, cells.Count);
        var column = 3;
        for (var i = 0; i < Columns; i++)
        {
            Assert.Equal(($"c{i}", FirstLine + 2, column), (cells[i].Text, cells[i].Location.Line, cells[i].Location.Column));
            column += $"| c{i} ".Length;
        }
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("abc", 2, 0, 2)]
    [InlineData("abc", 3, 0, 3)]
    [InlineData("a\nb", 1, 0, 1)] // the newline belongs to the line it ends
    [InlineData("a\nb", 2, 1, 0)]
    [InlineData("a\n\n\nbc", 5, 3, 1)]
    [InlineData("a\n", 2, 1, 0)]
    public void A_line_index_locates_offsets_as_counting_would(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineIndex(text).Locate(offset));
        Assert.Equal(text.AsSpan(0, offset).Count('\n'), line); // the oracle it replaces
    }
}
