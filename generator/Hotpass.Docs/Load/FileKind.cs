using System.Runtime.InteropServices;

namespace Hotpass.Docs.Load;

/// <summary>What kind of file system entry a path is, without following a symbolic link or opening it: opening a
/// named pipe blocks until someone writes to it, so a FIFO among the pages would hang the build.</summary>
/// <remarks>.NET reports pipes, sockets and devices as <see cref="FileAttributes.Normal"/>, so the type comes from
/// the runtime's own native lstat and stat shims (<c>SystemNative_LStat</c>, <c>SystemNative_Stat</c> in libSystem.Native,
/// shipped with every .NET on Unix), whose status record starts with two 32-bit fields, flags then mode, on every architecture.</remarks>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Null for a regular file (or on Windows, which has none of these); otherwise what it is instead.</summary>
    public static string? NotRegular(string path) => Of(path).NotRegular;

    /// <summary>Like <see cref="NotRegular"/>, of what <paramref name="path"/> leads to through its symbolic links (one
    /// stat): for a path a user names on the command line, which is read through them. Null when nothing is there (the
    /// read that follows reports it).</summary>
    public static string? NotRegularTarget(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        Span<byte> status = stackalloc byte[256];
        return Stat(path, status) == 0 ? Kind(BitConverter.ToInt32(status[4..])) : null;
    }

    /// <summary>What one lstat says of <paramref name="path"/>: null for a regular file (else what it is instead), and a
    /// regular file's stamp (null when not known: on Windows, or when the path is gone), so a scan that checks the kind
    /// stamps the file with the same call.</summary>
    /// <remarks>The record's 64-bit fields follow the four 32-bit ones: size at byte 16, then access time and its
    /// nanoseconds, then modification time (byte 40) and its nanoseconds (byte 48).</remarks>
    internal static (string? NotRegular, FileStamp? Stamp) Of(string path)
    {
        if (OperatingSystem.IsWindows()) return (null, null);
        Span<byte> status = stackalloc byte[256]; // larger than the runtime's FileStatus record on any platform
        if (LStat(path, status) != 0) return (null, null); // gone or unreadable: the read that follows reports it
        var kind = Kind(BitConverter.ToInt32(status[4..]));
        return (kind, kind is null ? FileStamp.FromUnix(BitConverter.ToInt64(status[16..]), BitConverter.ToInt64(status[40..]), BitConverter.ToInt64(status[48..])) : null);
    }

    private static string? Kind(int mode) =>
        (mode & TypeMask) switch
        {
            Regular => null,
            0x1000 => "named pipe (FIFO)",
            0x2000 => "character device",
            0x6000 => "block device",
            0xC000 => "socket",
            0x4000 => "folder",
            0xA000 => "symbolic link",
            _ => "special file",
        };

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, Span<byte> status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<byte> status);
}
