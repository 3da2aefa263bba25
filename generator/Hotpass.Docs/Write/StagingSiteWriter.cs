namespace Hotpass.Docs.Write;

/// <summary>Writes into a <see cref="StagingSite"/> beside the output folder, swapped in on <see cref="Commit"/>.</summary>
internal sealed class StagingSiteWriter(StagingSite staging) : ISiteWriter
{
    /// <summary>The staging folder written into, for what its commit learned (an old site it could not delete).</summary>
    public StagingSite Staging => staging;

    public WrittenFile Write(string outputPath, OutputKind kind, ReadOnlySpan<byte> bytes)
    {
        staging.WriteBytes(outputPath, bytes);
        return new WrittenFile(outputPath, kind, bytes.Length, HashingCopy.Hash(bytes));
    }

    public WrittenFile Copy(string outputPath, OutputKind kind, string sourceFile)
    {
        using var target = staging.CreateFile(outputPath);
        var (size, sha) = HashingCopy.Copy(sourceFile, target);
        return new WrittenFile(outputPath, kind, size, sha);
    }

    public void Commit() => staging.Commit();

    public void Dispose() => staging.Dispose();
}
