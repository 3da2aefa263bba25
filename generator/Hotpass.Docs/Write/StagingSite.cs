using System.Buffers;
using System.Collections.Concurrent;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Write;

/// <summary>Writes the new site into a fresh folder beside the output and swaps it in only when complete,
/// so a failed or interrupted build leaves the previous site as it was.</summary>
internal sealed class StagingSite : IDisposable
{
    private readonly string _outDir;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _createdDirs = new(StringComparer.Ordinal);
    private readonly FileWriteQueue _queue;
    private bool _committed;

    public StagingSite(string outDir)
    {
        // "_site/" as people type it: without trimming, the staging folder would land inside the output.
        _outDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(_outDir) ?? throw new ArgumentException("output folder has no parent", nameof(outDir));
        Directory.CreateDirectory(parent);
        StagingDir = SwapRecovery.StagingDir(_outDir, Environment.ProcessId);
        if (Directory.Exists(StagingDir)) Directory.Delete(StagingDir, recursive: true);
        Directory.CreateDirectory(StagingDir);
        _queue = new FileWriteQueue(CreateFileWith);
    }

    public string StagingDir { get; }

    /// <summary>After a good <see cref="Commit"/>: the previous site's folder when it could not be deleted, and why.</summary>
    public (string Folder, string Reason)? OldSiteLeftBehind { get; private set; }

    public void WriteText(string outputPath, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8NoBom.GetBytes(text, buffer);
            WriteBytes(outputPath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Queues a new file for the writer thread; a failure to write it surfaces at <see cref="Commit"/>.</summary>
    public void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes) => _queue.Enqueue(outputPath, bytes);

    /// <summary>Writes a new file in one call, without the preallocation (an extra fallocate per file) that
    /// File.WriteAllBytes asks for: pages are small, and file creation is most of a build's kernel time.</summary>
    private void CreateFileWith(string outputPath, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(Prepare(outputPath), FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Creates a new file to stream into; the caller disposes it.</summary>
    public FileStream CreateFile(string outputPath) =>
        new(Prepare(outputPath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);

    public void CopyFile(string outputPath, string sourceFile) => File.Copy(sourceFile, Prepare(outputPath), overwrite: true);

    /// <summary>Moves the finished site into place: the old one aside, the new one in, the old one deleted.
    /// A kill between the two renames is repaired by the next build's <see cref="SwapRecovery"/>.</summary>
    public void Commit()
    {
        _queue.Complete();
        OutputOwnership.Mark(StagingDir);
        var old = SwapRecovery.OldDir(_outDir, Environment.ProcessId);
        var hadOld = Directory.Exists(_outDir);
        if (hadOld) Directory.Move(_outDir, old);
        try
        {
            Directory.Move(StagingDir, _outDir);
        }
        catch (Exception e) when (hadOld && e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, _outDir); // put the previous site back before reporting the failure
            throw;
        }
        _committed = true;
        if (!hadOld) return;
        try
        {
            DeleteTree(old);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            OldSiteLeftBehind = (old, Unwrap(e).Message);
        }
    }

    public void Dispose()
    {
        _queue.Dispose();
        if (!_committed && Directory.Exists(StagingDir)) Directory.Delete(StagingDir, recursive: true);
    }

    /// <summary>Deletes a folder's subfolders on all cores, then the rest: the new site is already in place, and unlinking
    /// thousands of files one folder at a time was most of a rebuild's commit.</summary>
    private static void DeleteTree(string folder)
    {
        Parallel.ForEach(Directory.EnumerateDirectories(folder), CoreBound.Options, sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private string Prepare(string outputPath)
    {
        var full = Path.Combine(StagingDir, outputPath);
        var dir = Path.GetDirectoryName(full)!;
        // Lazy makes every writer to a new folder wait until that folder exists.
        _ = _createdDirs.GetOrAdd(dir, d => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(d))).Value;
        return full;
    }
}
