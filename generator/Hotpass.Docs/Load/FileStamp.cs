namespace Hotpass.Docs.Load;

/// <summary>What a rebuild compares to decide whether a file changed without reading it: its size and last-write time.</summary>
/// <param name="Size">Length in bytes; -1 when the file is missing.</param>
/// <param name="LastWriteTicks">Last-write time, UTC ticks.</param>
public readonly record struct FileStamp(long Size, long LastWriteTicks)
{
    /// <summary>How close to the moment a file was stamped a write may leave the same stamp: a coarse file system
    /// (FAT keeps 2 s) gives a write right after the read the time it already had.</summary>
    internal static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public static FileStamp Missing { get; } = new(-1, 0);

    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : Missing;
    }

    /// <summary>The stamp of an lstat's size and modification time (seconds and nanoseconds since the Unix epoch): the
    /// same ticks <see cref="FileSystemInfo.LastWriteTimeUtc"/> gives.</summary>
    internal static FileStamp FromUnix(long size, long seconds, long nanoseconds) =>
        new(size, DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / TimeSpan.NanosecondsPerTick);

    /// <summary>True when a later write could have kept this stamp because it was taken within
    /// <see cref="RacyWindow"/> of the file's last write; such a file is read again rather than trusted.</summary>
    public bool IsRacy(DateTimeOffset stampedAt) => LastWriteTicks >= (stampedAt.UtcDateTime - RacyWindow).Ticks;
}
