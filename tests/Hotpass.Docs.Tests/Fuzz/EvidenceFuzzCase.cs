namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>One mutated evidence file: the corpus file it came from, what was changed, its bytes, and the sidecar
/// written beside it (null for none).</summary>
public sealed record EvidenceFuzzFile(string Source, string Name, IReadOnlyList<string> Changes, byte[] Bytes, string? Sidecar)
{
    public override string ToString() =>
        $"{Name} ({Bytes.Length} bytes) from {Source}: {(Changes.Count == 0 ? "unchanged" : string.Join("; ", Changes))}"
        + (Sidecar is null ? "" : $" [sidecar: {Sidecar.ReplaceLineEndings(" ").Trim()}]");
}

/// <summary>The evidence files of one generated site.</summary>
/// <param name="Lenient">Whether the site makes every evidence diagnostic a warning, so the build writes its site even
/// when a file cannot be read; otherwise the defaults apply and such a build fails.</param>
public sealed record EvidenceFuzzCase(IReadOnlyList<EvidenceFuzzFile> Files, bool Lenient)
{
    public override string ToString() => (Lenient ? "lenient site\n" : "default site\n") + string.Join("\n", Files);
}
