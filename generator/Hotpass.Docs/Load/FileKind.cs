using System.Runtime.InteropServices;

namespace Hotpass.Docs.Load;

/// <summary>What kind of file system entry a path is, without following a symbolic link or opening it: opening a
/// named pipe blocks until someone writes to it, so a FIFO among the pages would hang the build.</summary>
/// <remarks>.NET reports pipes, sockets and devices as <see cref="FileAttributes.Normal"/>, so the type comes from
/// the runtime's own native lstat shim (<c>SystemNative_LStat</c> in libSystem.Native, shipped with every .NET on
/// Unix), whose status record starts with two 32-bit fields, flags then mode, on every architecture.</remarks>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Null for a regular file (or on Windows, which has none of these); otherwise what it is instead.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var status = new byte[256]; // larger than the runtime's FileStatus record on any platform
        if (LStat(path, status) != 0) return null; // gone or unreadable: the read that follows reports it
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
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
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, [Out] byte[] status);
}
