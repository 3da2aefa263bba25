using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Model;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Reads the content folder (each page parsed once into its document) and the evidence folder.</summary>
internal sealed class LoadStage(PageDocumentReader documents) : IBuildStage
{
    public bool Run(BuildRun run)
    {
        var (settings, diagnostics, timings) = (run.Settings!, run.Diagnostics, run.Timings);
        var (root, config) = (settings.Root, settings.Config);
        var part = Stopwatch.GetTimestamp();
        run.Strategy.StampInputs(root, config, Path.Combine(root, config.TemplatesDir));
        run.Files = ContentScanner.Scan(Path.Combine(root, config.ContentDir), config.ContentDir + "/", diagnostics, config.Exclude);
        part = StageTimings.Part(timings, "scan", part);
        var pageFiles = run.Files.Where(f => UrlPaths.IsMarkdown(f.ContentPath)).ToList();
        run.Pages = [.. run.Strategy.LoadPages(pageFiles, config.ContentDir + "/", ReadPage, diagnostics).OfType<MarkdownContent>()];
        part = StageTimings.Part(timings, "pages", part);
        run.Evidence = run.Strategy.LoadEvidence(root, config.Evidence, config.Exclude, diagnostics);
        StageTimings.Part(timings, "evidence", part);
        timings?.Lap("load");
        return true;
    }

    private MarkdownContent? ReadPage(ContentFile file, string path, DiagnosticBag diagnostics)
    {
        try
        {
            var source = PageLoader.Load(file, path, diagnostics);
            // The document holds all the body says; dropping the text keeps memory to one copy per page.
            return source is null ? null : new MarkdownContent(source with { Body = "" }, documents.Read(source, diagnostics));
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            throw new BuildStepException("reading " + path, e);
        }
    }
}
