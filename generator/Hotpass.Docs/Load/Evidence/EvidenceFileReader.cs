using System.Security.Cryptography;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Load.Evidence.Reading;
using Hotpass.Docs.Load.Evidence.Reading.Json;
using Hotpass.Docs.Load.Evidence.Sidecar;

namespace Hotpass.Docs.Load.Evidence;

/// <summary>Turns one evidence file (and its sidecar, if any) into an <see cref="EvidenceItem"/>: size limit, hash,
/// format from content, the format's reader, then the sidecar's additions and overrides.</summary>
public static class EvidenceFileReader
{
    /// <param name="evidencePath">Path under <c>evidence/</c> (forward slashes): the default id, less its extension.</param>
    /// <param name="sourcePath">Path the diagnostics name (site-relative, e.g. <c>evidence/ci/run.json</c>).</param>
    public static EvidenceItem? Read(string fullPath, string evidencePath, string sourcePath, EvidenceSidecar? sidecar, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.File(sourcePath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > EvidenceLimits.MaxFileBytes)
            {
                diagnostics.Report(DiagnosticCodes.EvidenceTooLarge, at, "This", length, EvidenceLimits.MaxFileBytes);
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceUnreadable, at, e.Message);
            return null;
        }
        return Read(bytes, evidencePath, sourcePath, sidecar, diagnostics);
    }

    public static EvidenceItem? Read(byte[] bytes, string evidencePath, string sourcePath, EvidenceSidecar? sidecar, DiagnosticBag diagnostics) =>
        Read(bytes, evidencePath, sourcePath, sidecar, diagnostics, unwrap: true);

    /// <param name="unwrap">Whether a DSSE envelope around another format is opened: once, so an envelope in an
    /// envelope is read as what it is.</param>
    private static EvidenceItem? Read(byte[] bytes, string evidencePath, string sourcePath, EvidenceSidecar? sidecar, DiagnosticBag diagnostics, bool unwrap)
    {
        var at = SourceLocation.File(sourcePath);
        if (bytes.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceEmpty, at);
            return null;
        }
        // A signed report (JUnit, SARIF, an SBOM) arrives as a DSSE envelope: its payload is the evidence, read by its
        // own format; the file's digest and the envelope, whose signatures the model checks, stay the file's.
        var envelope = DsseEnvelope.Find(bytes);
        if (envelope is not null && unwrap && envelope.PayloadType != DsseEnvelope.InTotoPayloadType)
            return Read(envelope.Payload, evidencePath, sourcePath, sidecar, diagnostics, unwrap: false) is { } inner
                ? inner with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Size = bytes.Length, Envelope = envelope }
                : null;
        var input = new EvidenceInput(sourcePath, bytes);
        var sniff = EvidenceSniffer.Sniff(input, diagnostics);
        if (sniff.IsRefused) return null;
        EvidenceRead? read;
        if (sniff.Reader is null)
        {
            if (sidecar is null)
            {
                diagnostics.Report(DiagnosticCodes.EvidenceUnrecognised, at, sniff.Description, Path.GetFileName(sourcePath) + EvidenceSidecar.Suffix);
                return null;
            }
            read = new EvidenceRead(new EvidenceFormat("Sidecar-described file", null), new SidecarOnlyFacts(), null);
        }
        else
        {
            if (bytes.Length > sniff.Reader.MaxBytes)
            {
                diagnostics.Report(DiagnosticCodes.EvidenceTooLarge, at, sniff.Reader.FormatName, bytes.Length, sniff.Reader.MaxBytes);
                return null;
            }
            read = sniff.Reader is InTotoReader inToto && sniff.Shape is { Values: > 1 } lines
                ? inToto.Read(input, diagnostics, input.Bytes[..lines.FirstValueEnd])
                : sniff.Reader.Read(input, diagnostics);
            if (read is null) return null;
        }
        var collectedAt = sidecar?.CollectedAt ?? read.Time;
        if (collectedAt is null)
            diagnostics.Report(DiagnosticCodes.EvidenceNoTime, at, read.Format.Name);
        return new EvidenceItem(
            sidecar?.Id ?? DefaultId(evidencePath),
            evidencePath,
            read.Facts.Kind,
            read.Format,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.Length,
            collectedAt?.ToUniversalTime(),
            sidecar?.Commit ?? read.Commit,
            sidecar?.SourceUrl ?? read.SourceUrl,
            sidecar?.Title ?? read.Title,
            sidecar?.Description,
            read.Facts)
        {
            CollectedAtLocation = collectedAt is null ? null : sidecar?.CollectedAt is not null ? sidecar.CollectedAtLocation ?? sidecar.Location : at,
            Envelope = envelope,
            SourceUrlLocation = sidecar?.SourceUrl is not null ? sidecar.SourceUrlLocation ?? sidecar.Location : read.SourceUrl is null ? null : at,
        };
    }

    /// <summary>The path without its last extension: <c>ci/pytest-2025-11-20.xml</c> → <c>ci/pytest-2025-11-20</c>.</summary>
    public static string DefaultId(string evidencePath)
    {
        var slash = evidencePath.LastIndexOf('/');
        var dot = evidencePath.LastIndexOf('.');
        return dot > slash + 1 ? evidencePath[..dot] : evidencePath;
    }
}
