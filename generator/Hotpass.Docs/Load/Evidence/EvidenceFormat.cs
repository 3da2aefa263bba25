namespace Hotpass.Docs.Load.Evidence;

/// <summary>The format an evidence file was recognised as, with the version it declares where it declares one.</summary>
/// <param name="Name">Stable format name, e.g. <c>CycloneDX JSON</c>, <c>JUnit XML</c>.</param>
/// <param name="Version">Spec version from the file (<c>1.6</c>, <c>SPDX-2.3</c>) or a dialect (<c>pytest</c>).</param>
public sealed record EvidenceFormat(string Name, string? Version = null)
{
    public override string ToString() => Version is null ? Name : $"{Name} {Version}";
}
