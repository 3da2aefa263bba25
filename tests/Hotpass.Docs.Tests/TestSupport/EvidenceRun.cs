using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Sidecar;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Reads one evidence file (with its sidecar, if one sits beside it) the way the scanner does.</summary>
public static class EvidenceRun
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Evidence", name);

    public static (EvidenceItem? Item, IReadOnlyList<Diagnostic> Diagnostics) File(string fullPath, string? sourcePath = null)
    {
        var diagnostics = new DiagnosticBag();
        sourcePath ??= "evidence/" + Path.GetFileName(fullPath);
        var sidecarPath = fullPath + EvidenceSidecar.Suffix;
        var sidecar = System.IO.File.Exists(sidecarPath) ? SidecarReader.Read(sidecarPath, sourcePath + EvidenceSidecar.Suffix, diagnostics) : null;
        var item = EvidenceFileReader.Read(fullPath, sourcePath["evidence/".Length..], sourcePath, sidecar, diagnostics);
        return (item, diagnostics.ToSortedList());
    }

    public static (EvidenceItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Bytes(byte[] bytes, string name = "x", string? sidecarYaml = null)
    {
        var diagnostics = new DiagnosticBag();
        var sidecar = sidecarYaml is null ? null : SidecarReader.Parse(sidecarYaml, "evidence/" + name + EvidenceSidecar.Suffix, diagnostics);
        var item = EvidenceFileReader.Read(bytes, name, "evidence/" + name, sidecar, diagnostics);
        return (item, diagnostics.ToSortedList());
    }

    public static (EvidenceItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Text(string text, string name = "x", string? sidecarYaml = null) =>
        Bytes(System.Text.Encoding.UTF8.GetBytes(text), name, sidecarYaml);

    public static string Lines(IReadOnlyList<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
