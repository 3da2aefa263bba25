using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>NUnit 3 (<c>test-run</c>) and NUnit 2 (<c>test-results</c>) XML, counted from <c>test-case</c> elements.</summary>
internal sealed class NUnitReader : XmlEvidenceReader
{
    public override string FormatName => "NUnit XML";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new TestTally();
        string? version = null;
        double? duration = null;
        DateTimeOffset? time = null;
        XmlWalk.Run(reader, (r, path) =>
        {
            if (path.Count == 0 && r.LocalName == "test-run")
            {
                version = "3";
                duration = EvidenceTime.Seconds(r.GetAttribute("duration"));
                time = Time(r.GetAttribute("end-time") ?? r.GetAttribute("start-time"), "end-time", input, diagnostics);
            }
            else if (path.Count == 0 && r.LocalName == "test-results")
            {
                version = "2";
                var date = r.GetAttribute("date");
                time = date is null ? null : Time(date + "T" + (r.GetAttribute("time") ?? "00:00:00"), "date and time", input, diagnostics);
            }
            else if (path.Count == 1 && r.LocalName == "test-suite" && version == "2")
            {
                duration = (duration ?? 0) + (EvidenceTime.Seconds(r.GetAttribute("time")) ?? 0);
            }
            else if (r.LocalName == "test-case")
            {
                tally.Case(Outcome(r), r.GetAttribute("fullname") ?? r.GetAttribute("name"),
                    EvidenceTime.Seconds(r.GetAttribute("duration") ?? r.GetAttribute("time")));
            }
            return false;
        });
        return new EvidenceRead(new EvidenceFormat(FormatName, version), tally.ToFacts(duration ?? tally.CaseSeconds), time);
    }

    private static TestOutcome Outcome(XmlReader r)
    {
        var label = r.GetAttribute("label");
        return r.GetAttribute("result") switch
        {
            "Passed" or "Success" => TestOutcome.Passed,
            "Failed" when label is "Error" or "Invalid" => TestOutcome.Errored,
            "Failed" or "Failure" => TestOutcome.Failed,
            "Error" => TestOutcome.Errored,
            "Skipped" or "Ignored" or "NotRunnable" or "Inconclusive" or "NotRun" => TestOutcome.Skipped,
            "Warning" => TestOutcome.Passed,
            _ => r.GetAttribute("executed") == "False" ? TestOutcome.Skipped
                : r.GetAttribute("success") == "False" ? TestOutcome.Failed
                : TestOutcome.Passed,
        };
    }
}
