using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>xUnit.net XML: v2 (<c>assemblies/assembly/collection/test</c>) and v1 (<c>assembly/class/test</c>).</summary>
internal sealed class XUnitReader : XmlEvidenceReader
{
    public override string FormatName => "xUnit.net XML";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new TestTally();
        double? duration = null;
        DateTimeOffset? time = null;
        XmlWalk.Run(reader, (r, path) =>
        {
            if (r.LocalName == "assembly")
            {
                duration = (duration ?? 0) + (EvidenceTime.Seconds(r.GetAttribute("time")) ?? 0);
                if (r.GetAttribute("run-date") is { } date)
                    time = EvidenceTime.Latest(time, Time(date + "T" + (r.GetAttribute("run-time") ?? "00:00:00"), "run-date and run-time", input, diagnostics));
            }
            else if (r.LocalName == "test" && (path.EndsWith("collection") || path.EndsWith("class")))
            {
                var outcome = r.GetAttribute("result") switch
                {
                    "Pass" => TestOutcome.Passed,
                    "Fail" => TestOutcome.Failed,
                    "Skip" or "NotRun" => TestOutcome.Skipped,
                    _ => TestOutcome.Errored,
                };
                tally.Case(outcome, r.GetAttribute("name"), EvidenceTime.Seconds(r.GetAttribute("time")));
            }
            return false;
        });
        return new EvidenceRead(new EvidenceFormat(FormatName, "2"), tally.ToFacts(duration), time);
    }
}
