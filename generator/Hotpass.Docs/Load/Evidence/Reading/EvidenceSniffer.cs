using System.Xml;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Reading.Json;
using Hotpass.Docs.Load.Evidence.Reading.Text;
using Hotpass.Docs.Load.Evidence.Reading.Xml;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>Recognises an evidence format from the content, never from the file name: the first non-blank byte, then
/// the XML root element or the JSON top-level keys, or the first tags of a text format.</summary>
internal static class EvidenceSniffer
{
    public static readonly CycloneDxJsonReader CycloneDxJson = new();
    public static readonly SpdxJsonReader SpdxJson = new();
    public static readonly SarifReader Sarif = new();
    public static readonly InTotoReader InToto = new();
    public static readonly GitHubRunReader GitHubRun = new();
    public static readonly CycloneDxXmlReader CycloneDxXml = new();
    public static readonly JUnitReader JUnit = new();
    public static readonly TrxReader Trx = new();
    public static readonly NUnitReader NUnit = new();
    public static readonly XUnitReader XUnit = new();
    public static readonly CoberturaReader Cobertura = new();
    public static readonly SpdxTagValueReader SpdxTagValue = new();
    public static readonly LcovReader Lcov = new();

    /// <summary>The reader for the file; null with <see cref="SniffResult.Unknown"/> naming what the file looked like, or
    /// with <see cref="SniffResult.Refused"/> after a diagnostic (malformed JSON, a DTD).</summary>
    public static SniffResult Sniff(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var span = input.Bytes.Span;
        // UTF-16 text has NUL bytes; only XML evidence is written so (older Visual Studio TRX), and XmlReader decodes it.
        // JSON must be UTF-8 (RFC 8259 §8.1), and no reader of it transcodes: say so rather than call it malformed XML.
        if (ByteOrderMarks.IsUtf16(span) && ByteOrderMarks.FirstUtf16Char(span) is '{' or '[')
        {
            diagnostics.Report(DiagnosticCodes.EvidenceJsonInvalid, input.FileLocation, "the file is UTF-16 text; JSON evidence must be UTF-8 (RFC 8259)");
            return SniffResult.Refused;
        }
        if (ByteOrderMarks.IsUtf16(span)) return Xml(input, diagnostics);
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        var first = 0;
        while (first < span.Length && span[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') first++;
        if (LooksBinary(span)) return SniffResult.Unknown("a binary file");
        if (first == span.Length) return SniffResult.Unknown("blank text");
        return span[first] switch
        {
            (byte)'{' or (byte)'[' => Json(input, diagnostics),
            (byte)'<' => Xml(input, diagnostics),
            _ => Text(span[first..]),
        };
    }

    private static SniffResult Json(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var shape = JsonScan.Shape(input, diagnostics);
        if (shape is null) return SniffResult.Refused;
        if (shape.Text("bomFormat") == "CycloneDX" || (shape.Text("$schema")?.Contains("cyclonedx", StringComparison.OrdinalIgnoreCase) ?? false))
            return new SniffResult(CycloneDxJson, shape);
        if (shape.Has("spdxVersion")) return new SniffResult(SpdxJson, shape);
        if (shape.Has("runs") && (shape.Has("version") || (shape.Text("$schema")?.Contains("sarif", StringComparison.OrdinalIgnoreCase) ?? false)))
            return new SniffResult(Sarif, shape);
        if (InTotoReader.Recognises(shape)) return new SniffResult(InToto, shape);
        if (GitHubRunReader.Recognises(shape)) return new SniffResult(GitHubRun, shape);
        return SniffResult.Unknown("JSON of no known evidence format");
    }

    private static SniffResult Xml(EvidenceInput input, DiagnosticBag diagnostics)
    {
        if (!SafeXml.PrologIsSafe(input, diagnostics)) return SniffResult.Refused;
        try
        {
            using var reader = SafeXml.Open(input);
            reader.MoveToContent();
            IEvidenceReader? chosen = reader.LocalName switch
            {
                "bom" when reader.NamespaceURI.StartsWith(CycloneDxXmlReader.NamespacePrefix, StringComparison.Ordinal) => CycloneDxXml,
                "testsuites" or "testsuite" => JUnit,
                "TestRun" => Trx,
                "test-run" or "test-results" => NUnit,
                "assemblies" or "assembly" => XUnit,
                "coverage" => Cobertura,
                _ => null,
            };
            return chosen is null ? SniffResult.Unknown($"XML with root element '{reader.LocalName}', of no known evidence format") : new SniffResult(chosen, null);
        }
        catch (XmlException e)
        {
            SafeXml.Report(input, e, diagnostics);
            return SniffResult.Refused;
        }
    }

    private static SniffResult Text(ReadOnlySpan<byte> span)
    {
        var head = System.Text.Encoding.UTF8.GetString(span[..Math.Min(span.Length, 4096)]);
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("SPDXVersion:", StringComparison.Ordinal)) return new SniffResult(SpdxTagValue, null);
            if (line.StartsWith("TN:", StringComparison.Ordinal) || line.StartsWith("SF:", StringComparison.Ordinal)) return new SniffResult(Lcov, null);
            break;
        }
        return SniffResult.Unknown("text of no known evidence format");
    }

    /// <summary>A NUL byte in the first 8 KiB: no text evidence format has one.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> span) => span[..Math.Min(span.Length, 8192)].Contains((byte)0);
}
