using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Base of the streaming XML readers: opens the file safely and turns parser errors into located diagnostics.</summary>
internal abstract class XmlEvidenceReader : IEvidenceReader
{
    public abstract string FormatName { get; }

    public virtual long MaxBytes => EvidenceLimits.StreamedBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        try
        {
            using var reader = SafeXml.Open(input);
            return Read(reader, input, diagnostics);
        }
        catch (XmlException e)
        {
            SafeXml.Report(input, e, diagnostics);
            return null;
        }
    }

    protected abstract EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics);

    protected static DateTimeOffset? Time(string? text, string what, EvidenceInput input, DiagnosticBag diagnostics) =>
        EvidenceTime.Parse(text, what, input, diagnostics);
}
