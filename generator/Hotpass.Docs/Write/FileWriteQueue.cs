using System.Buffers;
using System.Collections.Concurrent;

namespace Hotpass.Docs.Write;

/// <summary>Writes files on one thread of its own while the render threads go on rendering: creating a file is
/// kernel work that holds its folder's lock, so render threads that created their own files waited on each other
/// and on the disk. A bounded queue keeps memory flat however large the site; the first failure stops the writing
/// and is rethrown by <see cref="Complete"/>, so a build never commits a half-written site.</summary>
internal sealed class FileWriteQueue : IDisposable
{
    /// <summary>Files waiting at most; a render thread that finds the queue full waits, which gives the writer its core.</summary>
    private const int Capacity = 256;

    private readonly BlockingCollection<Item> _items = new(Capacity);
    private readonly Action<string, ReadOnlySpan<byte>> _write;
    private readonly Thread _thread;
    private Exception? _failure;

    /// <param name="write">Writes one file (path relative to the output, bytes); called on the writer thread only.</param>
    public FileWriteQueue(Action<string, ReadOnlySpan<byte>> write)
    {
        _write = write;
        _thread = new Thread(Drain) { IsBackground = true, Name = "hotpass-docs file writer" };
        _thread.Start();
    }

    /// <summary>Queues a copy of <paramref name="bytes"/> for <paramref name="outputPath"/>; the caller may reuse its buffer.</summary>
    public void Enqueue(string outputPath, ReadOnlySpan<byte> bytes)
    {
        if (Volatile.Read(ref _failure) is { } failure) throw new IOException(failure.Message, failure);
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        _items.Add(new Item(outputPath, buffer, bytes.Length));
    }

    /// <summary>Waits until every queued file is written; rethrows the first failure.</summary>
    public void Complete()
    {
        Stop();
        if (_failure is { } failure) throw new IOException(failure.Message, failure);
    }

    public void Dispose()
    {
        Stop();
        _items.Dispose();
    }

    private void Stop()
    {
        if (!_items.IsAddingCompleted) _items.CompleteAdding();
        _thread.Join();
    }

    private void Drain()
    {
        foreach (var item in _items.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null) _write(item.OutputPath, item.Buffer.AsSpan(0, item.Length));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Volatile.Write(ref _failure, e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(item.Buffer);
            }
        }
    }

    private readonly record struct Item(string OutputPath, byte[] Buffer, int Length);
}
