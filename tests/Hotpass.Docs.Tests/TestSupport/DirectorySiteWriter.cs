using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Writes straight into a folder and keeps it whatever the gates say: for handing a site with known broken
/// links to another link checker.</summary>
public sealed class DirectorySiteWriter(string folder) : ISiteWriter
{
    public WrittenFile Write(string outputPath, OutputKind kind, ReadOnlySpan<byte> bytes)
    {
        var path = Prepare(outputPath);
        File.WriteAllBytes(path, bytes.ToArray());
        return new WrittenFile(outputPath, kind, bytes.Length, "");
    }

    public WrittenFile Copy(string outputPath, OutputKind kind, string sourceFile)
    {
        File.Copy(sourceFile, Prepare(outputPath), overwrite: true);
        return new WrittenFile(outputPath, kind, new FileInfo(sourceFile).Length, "");
    }

    public void Commit()
    {
    }

    public void Dispose()
    {
    }

    private string Prepare(string outputPath)
    {
        var path = Path.Combine(folder, outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
