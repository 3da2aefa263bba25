using System.Text;

namespace Hotpass.Docs.Render.Templates;

/// <summary>What one render thread writes its pages into, reused from page to page: a page's HTML is encoded to its
/// file and scanned for facts where it was rendered, and never copied into a string of its own.</summary>
internal sealed class PageBuffer
{
    /// <summary>Room for a large page in one block; a larger one grows the buffer once, and the buffer keeps the room.</summary>
    private const int Capacity = 64 * 1024;

    public StringBuilder Builder { get; } = new(Capacity);

    /// <summary>The page last rendered, valid until the next render into this buffer.</summary>
    public ReadOnlySpan<char> Text
    {
        get
        {
            var chunks = Builder.GetChunks();
            if (!chunks.MoveNext()) return [];
            var first = chunks.Current;
            // A page that outgrew one block is rare (the register, the matrix): it is copied once.
            return chunks.MoveNext() ? Builder.ToString() : first.Span;
        }
    }
}
