using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline;

/// <summary>How a run treats what an earlier run already did. The stages are the same for every run; a strategy decides
/// only what they may skip: <see cref="FullBuild"/> reads and renders everything, <c>Incremental.IncrementalRun</c> reads
/// changed files and renders the pages they can change, carrying the rest over.</summary>
internal interface IBuildStrategy
{
    /// <summary>Where the site is built when the run was given no writer; null: the staging folder (or nowhere for <c>check</c>).</summary>
    ISiteWriter? Writer { get; }

    /// <summary>What the steps after rendering keep between runs; null when nothing is kept.</summary>
    StepMemos? Memos { get; }

    /// <summary>The pages to render, in model order; null: every page.</summary>
    IReadOnlyList<Page>? PagesToRender { get; }

    /// <summary>The instant to judge at, given the one the configuration resolved to.</summary>
    DateTimeOffset PinNow(string? asOfText, DateTimeOffset resolved);

    /// <summary>Notes the state of the inputs before any is read.</summary>
    void StampInputs(string root, SiteConfig config, string templatesDir);

    MarkdownContent?[] LoadPages(IReadOnlyList<ContentFile> files, string sourcePrefix, Func<ContentFile, string, DiagnosticBag, MarkdownContent?> read,
        DiagnosticBag diagnostics);

    IReadOnlyList<EvidenceItem> LoadEvidence(string root, EvidenceSettings settings, InputExclusions excluded, DiagnosticBag diagnostics);

    /// <summary>Decides <see cref="PagesToRender"/> once the model is built.</summary>
    void Plan(BuildRequest request, DateTimeOffset asOf, string? asOfText, string? commit, SiteModel site);

    /// <summary>Writes the pages not rendered this run as the previous run wrote them.</summary>
    void CarryOver(RenderContext context);

    /// <summary>Keeps what the next run starts from, once the site is committed.</summary>
    void Capture(RenderContext context);
}
