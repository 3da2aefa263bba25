using System.Text;

namespace Hotpass.Docs.Model;

/// <summary>Whether an output path ('/'-separated, from file names and ids: untrusted) can be written as a file on
/// the file systems a site is published to: each segment non-empty, not '.' or '..', and at most 255 bytes of UTF-8
/// (the limit of ext4, APFS and NTFS alike).</summary>
internal static class OutputName
{
    public const int MaxSegmentBytes = 255;

    /// <summary>Null when usable; else why not, in words.</summary>
    public static string? Problem(string outputPath)
    {
        foreach (var segment in outputPath.Split('/'))
        {
            if (segment.Length == 0) return "it has an empty path segment";
            if (segment is "." or "..") return $"a path segment is '{segment}'";
            if (segment.Length * 3 > MaxSegmentBytes && Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes)
                return $"a path segment is {Encoding.UTF8.GetByteCount(segment)} bytes long, over the limit of {MaxSegmentBytes}";
        }
        return null;
    }
}
