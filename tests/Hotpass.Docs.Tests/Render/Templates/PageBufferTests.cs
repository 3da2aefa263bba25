using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Tests.Render.Templates;

public sealed class PageBufferTests
{
    [Fact]
    public void A_page_larger_than_one_block_and_the_smaller_page_after_it_read_back_whole()
    {
        var buffer = new PageBuffer();
        var large = string.Concat(Enumerable.Range(0, 30_000).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var part in large.Chunk(1000)) buffer.Builder.Append(part);
        Assert.Equal(large, buffer.Text.ToString());
        buffer.Builder.Clear().Append("<p>small</p>");
        Assert.Equal("<p>small</p>", buffer.Text.ToString());
        buffer.Builder.Clear();
        Assert.Equal("", buffer.Text.ToString());
    }
}
