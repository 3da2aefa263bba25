using System.Buffers;

namespace Hotpass.Docs.Write;

/// <summary>An <see cref="IBufferWriter{T}"/> of bytes over arrays rented from the shared pool, for an output that is
/// built whole and then handed to an <see cref="ISiteWriter"/> (which copies it): the search index and the manifest
/// run to megabytes, and a fresh array for each on every <c>serve</c> rebuild would be garbage on the large-object
/// heap, which only a full collection frees.</summary>
internal sealed class PooledBufferWriter(int capacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    private int _written;

    /// <summary>The bytes written so far; valid until the next write or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>How many bytes were written so far.</summary>
    public int WrittenCount => _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_written);

    private byte[] Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length) return _buffer;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        return _buffer = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _written = 0;
    }
}
