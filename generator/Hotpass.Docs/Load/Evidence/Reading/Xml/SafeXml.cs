using System.Text;
using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Opens evidence XML so that nothing outside the file is ever read: no resolver, DTDs never processed.</summary>
/// <remarks>A DOCTYPE with an internal subset (entity declarations: billion laughs, external entities) is refused
/// before parsing. A bare external DTD reference, which some Cobertura writers emit, is ignored (never fetched) with a
/// warning, since <see cref="DtdProcessing.Prohibit"/> would refuse those real reports outright.</remarks>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>Checks the prolog for a DTD; false (after reporting) when the file must not be parsed.</summary>
    public static bool PrologIsSafe(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var span = input.Bytes.Span;
        var encoding = span.StartsWith(ByteOrderMarks.Utf16LittleEndian) ? Encoding.Unicode
            : span.StartsWith(ByteOrderMarks.Utf16BigEndian) ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var head = encoding.GetString(span[..Math.Min(span.Length, 64 * 1024)]);
        var doctype = head.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0) return true;
        var line = 1 + head.AsSpan(0, doctype).Count('\n');
        var column = doctype - head.LastIndexOf('\n', Math.Max(0, doctype - 1));
        var at = input.At(line, column);
        var end = head.IndexOf('>', doctype);
        var subset = head.IndexOf('[', doctype);
        if (end < 0 || (subset >= 0 && subset < end) || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.EvidenceDtdRefused, at, "an internal DTD subset (entity declarations)");
            return false;
        }
        var declaration = head[doctype..end];
        var quote = declaration.IndexOfAny(['"', '\'']);
        var system = quote < 0 ? declaration : declaration[(quote + 1)..].TrimEnd('"', '\'', ' ');
        diagnostics.Report(DiagnosticCodes.EvidenceDtdIgnored, at, system);
        return true;
    }

    public static XmlReader Open(EvidenceInput input) =>
        XmlReader.Create(new MemoryStream(input.Bytes.ToArray(), writable: false), Settings);

    /// <summary>Opens over the bytes without copying them.</summary>
    public static XmlReader OpenShared(byte[] bytes) => XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);

    public static void Report(EvidenceInput input, XmlException e, DiagnosticBag diagnostics)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        diagnostics.Report(DiagnosticCodes.EvidenceXmlInvalid, input.At(e.LineNumber, e.LinePosition), message.TrimEnd('.', ' '));
    }
}
