using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Tests.Load;

/// <summary>Front matter in, typed fields and exact diagnostics out.</summary>
public sealed class FrontMatterReaderTests
{
    private static (FrontMatter FrontMatter, string Diagnostics) Read(string page)
    {
        var bag = new DiagnosticBag();
        var source = PageLoader.Parse(System.Text.Encoding.UTF8.GetBytes(page), "p.md", "content/p.md", bag);
        return (source.FrontMatter, string.Join("\n", bag.ToSortedList().Select(d => d.ToString())));
    }

    [Fact]
    public void Reads_every_documented_field()
    {
        var (fm, diagnostics) = Read("""
            ---
            title: Rotate the dashboard secret
            summary: One sentence.
            type: how-to
            owner: Platform
            last_reviewed: 2025-11-02
            review_every: P90D
            order: 3
            controls: [CTL-SECRETS-VAULT, CTL-DASH-AUTH]
            ---
            Body
            """);
        Assert.Equal("", diagnostics);
        Assert.Equal("Rotate the dashboard secret", fm.Title);
        Assert.Equal("One sentence.", fm.Summary);
        Assert.Equal(DiataxisType.HowTo, fm.Type);
        Assert.Equal("Platform", fm.Owner);
        Assert.Equal(new DateOnly(2025, 11, 2), fm.LastReviewed);
        Assert.Equal(90, fm.ReviewEvery!.Days);
        Assert.Equal(3, fm.Order);
        Assert.Equal(["CTL-SECRETS-VAULT", "CTL-DASH-AUTH"], fm.Controls.Select(c => c.Id));
        Assert.Equal(new SourceLocation("content/p.md", 9, 12), fm.Controls[0].Location);
    }

    [Theory]
    [InlineData("", "content/p.md(1,1): error HPD101: Page has no front matter: it must start with a '---' line")]
    [InlineData("---\nsummary: x\n---\n", "content/p.md(1,1): error HPD104: Front matter has no 'title'")]
    [InlineData("---\ntitle: ''\n---\n", "content/p.md(2,8): error HPD104: Front matter has no 'title'")]
    [InlineData("---\ntitle: A\ntype: guide\n---\n", "content/p.md(3,7): error HPD105: Unknown type 'guide': expected tutorial, how-to, reference or explanation")]
    [InlineData("---\ntitle: A\ntittle: B\n---\n", "content/p.md(3,1): warning HPD109: Unknown front matter key 'tittle'; did you mean 'title'?")]
    [InlineData("---\ntitle: A\nlast_reviewed: 2025-13-40\n---\n", "content/p.md(3,16): error HPD107: Front matter 'last_reviewed' must be a date written yyyy-MM-dd, not '2025-13-40'")]
    [InlineData("---\ntitle: A\nauthor: B\n---\n", "content/p.md(3,1): warning HPD109: Unknown front matter key 'author'")]
    [InlineData("---\ntitle: A\nlast_reveiwed: 2025-01-01\n---\n", "content/p.md(3,1): warning HPD109: Unknown front matter key 'last_reveiwed'; did you mean 'last_reviewed'?")]
    [InlineData("---\ntitle: A\nreview_every: 90 days\n---\n", "content/p.md(3,15): error HPD107: Front matter 'review_every' must be an ISO 8601 duration such as P90D, not '90 days'")]
    [InlineData("---\ntitle: [A, B]\n---\n", "content/p.md(2,8): error HPD107: Front matter 'title' must be a single value")]
    [InlineData("---\n- a\n- b\n---\n", "content/p.md(2,1): error HPD103: Front matter must be a mapping of keys to values")]
    [InlineData("---\ntitle: A\nno closing fence\n", "content/p.md(1,1): error HPD114: Front matter starts with '---' but has no closing '---' line")]
    [InlineData("---\ntitle: A\ntitle: B\n---\n", "content/p.md(3,1): error HPD102: Invalid YAML: duplicate key 'title'")]
    public void Reports_bad_front_matter_at_its_line_and_column(string page, string expected)
    {
        Assert.Equal(expected, Read(page).Diagnostics);
    }

    [Fact]
    public void Reports_broken_yaml_at_the_line_where_the_parser_stopped()
    {
        var (_, diagnostics) = Read("---\ntitle: A\nsummary: [unclosed\nowner: B\n---\nBody\n");
        Assert.Equal("content/p.md(3,10): error HPD102: Invalid YAML: the YAML cannot be read after this point", diagnostics);
    }

    [Fact]
    public void Crlf_and_bom_keep_line_numbers_right()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: A\r\ntype: nope\r\n---\r\nBody\r\n")).ToArray();
        var bag = new DiagnosticBag();
        var source = PageLoader.Parse(bytes, "p.md", "content/p.md", bag);
        Assert.Equal("content/p.md(3,7): error HPD105: Unknown type 'nope': expected tutorial, how-to, reference or explanation",
            string.Join("\n", bag.ToSortedList()));
        Assert.Equal("Body\n", source.Body);
        Assert.Equal(5, source.BodyFirstLine);
    }
}
