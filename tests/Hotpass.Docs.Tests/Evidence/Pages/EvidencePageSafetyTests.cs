using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Pages;

/// <summary>Nothing unsafe from an evidence file's name or sidecar reaches the HTML, and its links still resolve.</summary>
public sealed class EvidencePageSafetyTests
{
    [Fact]
    public void Hostile_names_titles_and_source_urls_are_encoded_or_dropped()
    {
        const string name = "we ird/a b#c\"<x>.txt";
        using var site = new TempSite()
            // Reported (EvidencePermalinkTests), and here let through as a warning so the page is written and read.
            .File("hotpass-docs.yml", "diagnostics: { HPD207: warning }\n")
            .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-W, title: W, cadence: weekly, evidence: [\"**\"] }\n")
            .File("evidence/" + name, "x")
            .File("evidence/" + name + ".evidence.yaml", "collected_at: 2025-11-22T00:00:00Z\ntitle: <b>\"t\"</b>\nsource_url: javascript:alert(1)\n");
        var result = site.Build();
        Assert.Equal($"evidence/{name}.evidence.yaml(3,1): warning HPD207: Evidence 'we ird/a b#c\"<x>' gives source_url 'javascript:alert(1)', "
            + "which uses the 'javascript:' scheme; only https is linked; it is not linked", TempSite.Lines(result.Diagnostics));
        var index = site.Read("evidence/index.html");
        Assert.Contains("<a href=\"../evidence/we%20ird/a%20b%23c%22%3Cx%3E.txt.html\">&lt;b&gt;&quot;t&quot;&lt;/b&gt;</a>", index, StringComparison.Ordinal);
        var page = site.Read("evidence/" + name + ".html");
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Equal("x", site.Read("evidence/" + name + ".txt"));
    }
}
