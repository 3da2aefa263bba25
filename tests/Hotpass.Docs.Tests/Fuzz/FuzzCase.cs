namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>One generated site: pages (content path → text, or bytes for broken encodings), and an optional config.</summary>
public sealed record FuzzCase(IReadOnlyList<(string Path, byte[] Bytes)> Files, string? Config)
{
    public override string ToString() =>
        string.Join("\n", Files.Select(f => $"{f.Path}: {f.Bytes.Length} bytes")) + (Config is null ? "" : "\nconfig:\n" + Config);
}
