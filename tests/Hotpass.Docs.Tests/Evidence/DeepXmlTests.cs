using System.Diagnostics;
using System.Text;
using Hotpass.Docs.Tests.TestSupport;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Deeply nested CycloneDX XML (issue 24): each element's tests looked at all its ancestors, so a 1.1 MB file
/// of nested components took 9.6 s and a 10 MB one over two minutes. The reader now keeps what it needs per depth; these
/// 5 MB files read in about a second. The time is printed, never asserted (run with
/// <c>--logger "console;verbosity=detailed"</c> to see it); the facts are asserted.</summary>
public sealed class DeepXmlTests(ITestOutputHelper output)
{
    private const string Head = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\"><metadata><timestamp>2025-11-20T00:00:00Z</timestamp>";

    private static byte[] Nested(string open, string close, int depth, string head, string tail)
    {
        var text = new StringBuilder(head, head.Length + tail.Length + (depth * (open.Length + close.Length)));
        for (var i = 0; i < depth; i++) text.Append(open);
        for (var i = 0; i < depth; i++) text.Append(close);
        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    [Fact]
    public void Five_megabytes_of_nested_components_are_all_counted()
    {
        const int Depth = 80_000; // 5 MB, 160,000 elements deep
        var bytes = Nested("<component type=\"library\"><components>", "</components></component>", Depth,
            Head + "</metadata><components>", "</components><services><service><services><service/></services></service></services></bom>");
        var clock = Stopwatch.StartNew();
        var (item, diagnostics) = EvidenceRun.Bytes(bytes, "sbom.xml");
        output.WriteLine($"{bytes.Length / 1e6:0.0} MB, {Depth} nested components: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Empty(diagnostics);
        Assert.Equal(Depth, item!.FactValues["components"].Number);
        Assert.Equal(2, item.FactValues["services"].Number);
    }

    [Fact]
    public void Components_nested_outside_the_inventory_are_not_counted_however_deep()
    {
        // bom/components/component/x/components/component...: the chain breaks at x, so only the first counts.
        var bytes = Nested("<components><component>", "</component></components>", 20_000,
            Head + "</metadata><components><component><x>", "</x></component></components></bom>");
        var (item, diagnostics) = EvidenceRun.Bytes(bytes, "sbom.xml");
        Assert.Empty(diagnostics);
        Assert.Equal(1, item!.FactValues["components"].Number);
    }

    [Fact]
    public void Deep_metadata_with_and_without_tools_reads_its_tools()
    {
        const int Depth = 200_000;
        var withTools = Nested("<a>", "</a>", Depth, Head + "<tools><tool><name>scanner</name>", "</tool></tools></metadata></bom>");
        var clock = Stopwatch.StartNew();
        var (item, diagnostics) = EvidenceRun.Bytes(withTools, "sbom.xml");
        Assert.Empty(diagnostics);
        Assert.Equal(["scanner"], ((Hotpass.Docs.Load.Evidence.Facts.SbomFacts)item!.Facts).Tools);

        var withoutTools = Nested("<a>", "</a>", Depth, Head, "</metadata></bom>");
        (item, diagnostics) = EvidenceRun.Bytes(withoutTools, "sbom.xml");
        output.WriteLine($"two files of {Depth} nested metadata elements: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Empty(diagnostics);
        Assert.Empty(((Hotpass.Docs.Load.Evidence.Facts.SbomFacts)item!.Facts).Tools);
    }
}
