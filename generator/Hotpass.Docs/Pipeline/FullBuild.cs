using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Render;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline;

/// <summary>The strategy of <c>build</c>, <c>check</c> and <c>matrix</c>: every page read (in parallel), every page
/// rendered, nothing kept.</summary>
internal sealed class FullBuild : IBuildStrategy
{
    public static FullBuild Instance { get; } = new();

    public ISiteWriter? Writer => null;

    public StepMemos? Memos => null;

    public IReadOnlyList<Page>? PagesToRender => null;

    public DateTimeOffset PinNow(string? asOfText, DateTimeOffset resolved) => resolved;

    public void StampInputs(string root, SiteConfig config, string templatesDir)
    {
    }

    public MarkdownContent?[] LoadPages(IReadOnlyList<ContentFile> files, string sourcePrefix, Func<ContentFile, string, DiagnosticBag, MarkdownContent?> read,
        DiagnosticBag diagnostics)
    {
        var sources = new MarkdownContent?[files.Count];
        Parallel.For(0, files.Count, CoreBound.Options, i => sources[i] = read(files[i], sourcePrefix + files[i].ContentPath, diagnostics));
        return sources;
    }

    public IReadOnlyList<EvidenceItem> LoadEvidence(string root, EvidenceSettings settings, InputExclusions excluded, DiagnosticBag diagnostics) =>
        EvidenceStage.Load(root, settings, excluded, diagnostics);

    public void Plan(BuildRequest request, DateTimeOffset asOf, string? asOfText, string? commit, SiteModel site)
    {
    }

    public void CarryOver(RenderContext context)
    {
    }

    public void Capture(RenderContext context)
    {
    }
}
