using System.Security.Cryptography;

namespace Hotpass.Docs.Write;

/// <summary>Hashes bytes on their way to a writer, so a digest never needs the file read back.</summary>
internal static class HashingCopy
{
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Copies <paramref name="sourceFile"/> into <paramref name="target"/> (null: only hash it); returns size and digest.</summary>
    public static (long Size, string Sha256) Copy(string sourceFile, Stream? target)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var source = new FileStream(sourceFile, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        long size = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                target?.Write(buffer, 0, read);
                size += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
