namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>A small site for the exports: controls whose titles a spreadsheet would run as formulas, one evidence file
/// cited by a weekly and a monthly control (so its expiry is the shorter cadence's), a control with no evidence (missing),
/// and a requirement no control answers.</summary>
public static class ExportSite
{
    public const string FormulaTitle = "=HYPERLINK(\"https://evil.example/\",\"click\")";
    public const string PlusTitle = "+1+cmd|' /C calc'!A0";
    public const string AtTitle = "@SUM(A1:A2)";
    public const string MinusTitle = "-2+3";

    public static TempSite Create()
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: Exports\nas_of: 2025-11-23T00:00:00Z\nframeworks: frameworks\nbase_url: https://docs.example/\n"
                // CTL-AT cites no evidence on purpose (judged missing); its finding is what the exports must carry.
                + "diagnostics: { HPD451: none }\n")
            .File("evidence/ci/junit.xml", "<testsuite name=\"s\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\"><testcase classname=\"c\" name=\"a\"/><testcase classname=\"c\" name=\"b\"/></testsuite>\n")
            .File("evidence/ci/junit.xml.evidence.yaml", "title: Unit tests\ncollected_at: 2025-11-20T08:00:00Z\ncommit: 0123456789abcdef0123456789abcdef01234567\nsource_url: https://ci.example/runs/1\n")
            .File("frameworks/demo.yaml", "id: DEMO\ntitle: Demo framework\nversion: \"1\"\nrequirements:\n  - { id: R1, title: Test everything }\n  - { id: R2, title: Nobody answers this one }\n")
            .Page("index.md", "Home")
            .Page("governance/controls.md", "Controls", extra: $$"""
                risks:
                  - { id: RSK-BUG, title: Bugs ship, severity: 5, occurrence: 4, detection: 3, mitigated_by: [CTL-EVIL, CTL-PLUS] }
                controls:
                  - id: CTL-EVIL
                    title: '{{FormulaTitle}}'
                    satisfies: ["DEMO:R1"]
                    cadence: weekly
                    evidence: [ci/junit]
                  - id: CTL-PLUS
                    title: "{{PlusTitle}}"
                    satisfies: ["DEMO:R1"]
                    cadence: monthly
                    evidence: [ci/junit]
                  - id: CTL-AT
                    title: "{{AtTitle}}"
                    cadence: monthly
                  - id: CTL-MINUS
                    title: "{{MinusTitle}}"
                    mitigates: [RSK-BUG]

                """);
        return site;
    }
}
