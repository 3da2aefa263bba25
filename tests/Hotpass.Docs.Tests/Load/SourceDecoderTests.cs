using System.Text;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Tests.Load;

public sealed class SourceDecoderTests
{
    [Fact]
    public void Strips_a_byte_order_mark()
    {
        var text = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. "---\n"u8]).Text;
        Assert.Equal("---\n", text);
    }

    [Fact]
    public void Folds_crlf_and_lone_cr_to_lf()
    {
        Assert.Equal("a\nb\nc\n", SourceDecoder.Decode("a\r\nb\rc\r\n"u8).Text);
    }

    [Fact]
    public void Locates_the_first_invalid_byte_by_line_and_column()
    {
        // Line 2 holds "é" (two bytes, one column) then "x", then the invalid byte at column 3.
        byte[] bytes = [.. "title\r\n"u8, .. Encoding.UTF8.GetBytes("éx"), 0xFF, .. "\n"u8];
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal(new InvalidByteInfo(0xFF, 2, 3), decoded.InvalidByte);
        Assert.Equal("title\néx\uFFFD\n", decoded.Text);
    }

    [Fact]
    public void Valid_text_has_no_invalid_byte()
    {
        Assert.Null(SourceDecoder.Decode("plain ü text"u8).InvalidByte);
    }
}
