using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Visual Studio / <c>dotnet test</c> TRX: one case per top-level <c>UnitTestResult</c> (data-driven inner
/// results belong to their parent), times from <c>Times</c>.</summary>
internal sealed class TrxReader : XmlEvidenceReader
{
    public override string FormatName => "TRX";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new TestTally();
        DateTimeOffset? start = null, finish = null;
        XmlWalk.Run(reader, (r, path) =>
        {
            if (r.LocalName == "Times" && path.Count == 1)
            {
                start = Time(r.GetAttribute("start") ?? r.GetAttribute("creation"), "Times/start", input, diagnostics);
                finish = Time(r.GetAttribute("finish"), "Times/finish", input, diagnostics);
            }
            else if (r.LocalName == "UnitTestResult" && path.EndsWith("TestRun", "Results"))
            {
                var outcome = r.GetAttribute("outcome") switch
                {
                    "Passed" or "PassedButRunAborted" or "Warning" => TestOutcome.Passed,
                    "Failed" => TestOutcome.Failed,
                    "Error" or "Timeout" or "Aborted" => TestOutcome.Errored,
                    _ => TestOutcome.Skipped,
                };
                tally.Case(outcome, r.GetAttribute("testName"), Duration(r.GetAttribute("duration")));
            }
            return false;
        });
        double? duration = start is { } s && finish is { } f && f >= s ? (f - s).TotalSeconds : tally.CaseSeconds;
        return new EvidenceRead(new EvidenceFormat(FormatName), tally.ToFacts(duration), finish ?? start);
    }

    private static double? Duration(string? text) =>
        TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span) ? span.TotalSeconds : null;
}
