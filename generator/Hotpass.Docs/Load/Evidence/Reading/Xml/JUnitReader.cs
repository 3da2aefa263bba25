using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>JUnit XML in its dialects (Maven Surefire, pytest, Jest, Go, PHPUnit, nested suites): counted from the
/// <c>testcase</c> elements at any depth; flaky reruns that passed count as passed.</summary>
internal sealed class JUnitReader : XmlEvidenceReader
{
    public override string FormatName => "JUnit XML";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new TestTally();
        double? rootTime = null, topSuiteTime = null;
        DateTimeOffset? time = null;
        string? dialect = null;
        var outcome = TestOutcome.Passed;
        string? caseName = null;
        double? caseTime = null;
        XmlWalk.Run(reader, (r, path) =>
        {
            switch (r.LocalName)
            {
                case "testsuites" or "testsuite" when path.Count == 0:
                    rootTime = EvidenceTime.Seconds(r.GetAttribute("time"));
                    time = Time(r.GetAttribute("timestamp"), "timestamp", input, diagnostics);
                    dialect = Dialect(r.GetAttribute("name"));
                    if (r.LocalName == "testsuite") topSuiteTime = rootTime;
                    break;
                case "testsuite":
                    time = EvidenceTime.Latest(time, Time(r.GetAttribute("timestamp"), "timestamp", input, diagnostics));
                    dialect ??= Dialect(r.GetAttribute("name"));
                    if (path.Count == 1) topSuiteTime = (topSuiteTime ?? 0) + (EvidenceTime.Seconds(r.GetAttribute("time")) ?? 0);
                    break;
                case "testcase":
                    outcome = TestOutcome.Passed;
                    caseName = CaseName(r.GetAttribute("classname"), r.GetAttribute("name"));
                    caseTime = EvidenceTime.Seconds(r.GetAttribute("time"));
                    break;
                case "failure" when path.EndsWith("testcase"):
                    if (outcome != TestOutcome.Errored) outcome = TestOutcome.Failed;
                    break;
                case "error" when path.EndsWith("testcase"):
                    outcome = TestOutcome.Errored;
                    break;
                case "skipped" when path.EndsWith("testcase"):
                    if (outcome == TestOutcome.Passed) outcome = TestOutcome.Skipped;
                    break;
                case "property" when r.GetAttribute("name") is "go.version":
                    dialect ??= "go";
                    break;
            }
            return false;
        }, (name, _) =>
        {
            if (name == "testcase") tally.Case(outcome, caseName, caseTime);
        });
        return new EvidenceRead(new EvidenceFormat(FormatName, dialect), tally.ToFacts(rootTime ?? topSuiteTime ?? tally.CaseSeconds), time);
    }

    private static string? Dialect(string? suiteName) => suiteName switch
    {
        "pytest" => "pytest",
        { } n when n.Contains("jest", StringComparison.OrdinalIgnoreCase) => "jest",
        _ => null,
    };

    private static string? CaseName(string? className, string? name) =>
        string.IsNullOrEmpty(className) ? name : name is null ? className : $"{className}.{name}";
}
