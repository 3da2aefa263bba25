using Hotpass.Docs.Load;

namespace Hotpass.Docs.Tests.Load;

public sealed class FrontMatterBlockTests
{
    [Fact]
    public void Splits_yaml_from_body_and_counts_lines()
    {
        var block = FrontMatterBlock.Split("---\ntitle: A\nowner: B\n---\nBody\n");
        Assert.Equal("title: A\nowner: B\n", block.Yaml);
        Assert.Equal(2, block.YamlFirstLine);
        Assert.Equal("Body\n", block.Body);
        Assert.Equal(5, block.BodyFirstLine);
        Assert.False(block.Unclosed);
    }

    [Fact]
    public void Accepts_dots_as_the_closing_fence()
    {
        var block = FrontMatterBlock.Split("---\ntitle: A\n...\nBody");
        Assert.Equal("title: A\n", block.Yaml);
        Assert.Equal("Body", block.Body);
    }

    [Fact]
    public void A_page_without_a_fence_has_no_front_matter()
    {
        var block = FrontMatterBlock.Split("# Just markdown\n");
        Assert.Null(block.Yaml);
        Assert.False(block.Unclosed);
        Assert.Equal(1, block.BodyFirstLine);
    }

    [Fact]
    public void An_opening_fence_without_a_closing_one_is_unclosed()
    {
        Assert.True(FrontMatterBlock.Split("---\ntitle: A\nno end\n").Unclosed);
    }

    [Fact]
    public void A_thematic_break_later_in_the_page_is_not_front_matter()
    {
        Assert.Null(FrontMatterBlock.Split("Intro\n---\nMore\n").Yaml);
    }
}
