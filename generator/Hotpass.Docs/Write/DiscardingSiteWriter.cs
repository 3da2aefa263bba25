namespace Hotpass.Docs.Write;

/// <summary>The writer of <c>check</c>: everything is rendered as in a build and nothing is kept (nor hashed, as no
/// manifest is written).</summary>
internal sealed class DiscardingSiteWriter : ISiteWriter
{
    public WrittenFile Write(string outputPath, OutputKind kind, ReadOnlySpan<byte> bytes) =>
        new(outputPath, kind, bytes.Length, "");

    public WrittenFile Copy(string outputPath, OutputKind kind, string sourceFile) =>
        new(outputPath, kind, new FileInfo(sourceFile).Length, "");

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
