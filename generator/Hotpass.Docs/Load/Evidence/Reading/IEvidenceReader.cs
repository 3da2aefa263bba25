using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>Reads one evidence format, once <see cref="EvidenceSniffer"/> has recognised it from the content.</summary>
internal interface IEvidenceReader
{
    /// <summary>Name used in diagnostics (<c>CycloneDX JSON</c>).</summary>
    string FormatName { get; }

    /// <summary>Largest file this reader takes; larger ones are reported, not read.</summary>
    long MaxBytes { get; }

    /// <summary>The facts, or null after reporting why the file cannot be used.</summary>
    EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics);
}
