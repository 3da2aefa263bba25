namespace Hotpass.Docs.Write;

/// <summary>Where a build puts its output. Every file is written once, hashed as it is written, and nothing is
/// visible to readers until <see cref="Commit"/>. Writes may come from many threads at once.</summary>
public interface ISiteWriter : IDisposable
{
    WrittenFile Write(string outputPath, OutputKind kind, ReadOnlySpan<byte> bytes);

    /// <summary>Copies a source file into the output, streaming it through the hash.</summary>
    WrittenFile Copy(string outputPath, OutputKind kind, string sourceFile);

    /// <summary>Publishes everything written, replacing the previous output in one step.</summary>
    void Commit();
}
