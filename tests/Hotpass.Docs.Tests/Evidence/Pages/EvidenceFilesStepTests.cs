using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Pages;

/// <summary>Raw evidence copies are published under names no browser renders as an active document, whatever the
/// file holds or is called, with their bytes, digest and original name kept.</summary>
public sealed class EvidenceFilesStepTests
{
    // What a browser renders as a document that can run script, by extension, when a host types a file by its name.
    private static readonly string[] ActiveExtensions =
        [".html", ".htm", ".xhtml", ".xht", ".svg", ".svgz", ".xml", ".xsl", ".xslt", ".shtml", ".shtm", ".mht", ".mhtml", ".rdf"];

    // A JUnit report (read as tests by its content) that an XHTML-aware browser would run as a page if named .html.
    private const string ScriptedJunit = "<testsuite name=\"s\" timestamp=\"2025-11-20T10:00:00Z\"><testcase name=\"a\"/>"
        + "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(document.domain)</x:script></testsuite>";

    [Fact]
    public void Html_svg_and_xml_evidence_is_copied_under_an_inert_name_with_its_bytes_digest_and_download_name()
    {
        using var site = new TempSite()
            .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-R, title: R, cadence: weekly, evidence: [\"**\"] }\n")
            .File("evidence/ci/report.html", ScriptedJunit)
            .File("evidence/ci/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            .File("evidence/ci/chart.svg.evidence.yaml", "collected_at: 2025-11-22T00:00:00Z\n");
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));

        using var manifest = JsonDocument.Parse(site.Read("evidence-manifest.json"));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["evidence/ci/chart.svg", "evidence/ci/report.html"], files.Select(f => f.GetProperty("source").GetString()));
        foreach (var file in files)
        {
            var source = File.ReadAllBytes(Path.Combine(site.Root, file.GetProperty("source").GetString()!));
            var path = file.GetProperty("path").GetString()!;
            Assert.DoesNotContain(ActiveExtensions, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(source, File.ReadAllBytes(Path.Combine(site.OutDir, path)));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(source)), file.GetProperty("sha256").GetString());
        }

        // The only active files under evidence/ are the pages the build made, and they carry none of the script.
        var pages = new[] { "ci/chart.svg.html", "ci/report.html.html", "index.html" };
        var active = Directory.GetFiles(Path.Combine(site.OutDir, "evidence"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site.OutDir, "evidence"), f).Replace('\\', '/'))
            .Where(f => ActiveExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(pages, active.Order(StringComparer.Ordinal));
        Assert.All(pages, p => Assert.DoesNotContain("alert(", site.Read("evidence/" + p), StringComparison.Ordinal));

        Assert.Contains("<a class=\"raw-file\" href=\"report.html.txt\" download=\"report.html\" target=\"_blank\">report.html</a>", site.Read("evidence/ci/report.html.html"), StringComparison.Ordinal);
        var written = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.OutDir, "manifest.json")));
        Assert.Contains("\"evidence/ci/report.html.txt\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"evidence/ci/report.html\"", written, StringComparison.Ordinal);
    }
}
