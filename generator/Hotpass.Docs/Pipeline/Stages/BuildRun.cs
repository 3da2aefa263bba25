using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>One run as it passes through the stages: what was asked, how (the strategy), what each stage made so far,
/// and the diagnostics. Each stage reads what the ones before it set and sets its own part.</summary>
internal sealed class BuildRun(BuildRequest request, IBuildStrategy strategy, ISiteWriter? writer, StageTimings? timings) : IDisposable
{
    public BuildRequest Request => request;
    public IBuildStrategy Strategy => strategy;
    public StageTimings? Timings => timings;
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The writer the caller gave (in memory, say), committed only when every gate passed; null: the strategy's,
    /// else the staging folder beside the output (<c>build</c>) or nowhere (<c>check</c>).</summary>
    public ISiteWriter? GivenWriter { get; } = writer ?? strategy.Writer;

    /// <summary>Whether this run writes the output folder itself, through a staging folder beside it.</summary>
    public bool WritesOutputFolder => Request.WriteSite && GivenWriter is null;

    /// <summary>How severities are taken: the configuration's once the settings are read, the defaults before.</summary>
    public SeverityPolicy Policy => Settings?.Policy ?? SeverityPolicy.Default;

    public RunSettings? Settings { get; set; }
    public string? OutDir { get; set; }
    public bool HadPreviousSite { get; set; }
    public List<string> Notes { get; } = [];

    // The load stage's part.
    public IReadOnlyList<ContentFile> Files { get; set; } = [];
    public MarkdownContent[] Pages { get; set; } = [];
    public IReadOnlyList<EvidenceItem> Evidence { get; set; } = [];

    public SiteModel? Site { get; set; }

    /// <summary>Where rendering writes, once the render stage opened it.</summary>
    public ISiteWriter? Output { get; set; }
    public RenderContext? Context { get; set; }

    /// <summary>Set when committing the site failed: the summary then names no output folder.</summary>
    public bool CommitFailed { get; set; }

    /// <summary>The outcome so far: the diagnostics, their exit code, and the output folder when the run wrote one.</summary>
    public BuildResult Result()
    {
        var list = Diagnostics.ToSortedList(Policy);
        var exit = list.Any(IsConfigError) ? 2 : list.Any(d => d.Severity == Severity.Error) ? 1 : 0;
        var outputs = Context is null ? 0 : Context.Output.Count + (Request.WriteSite ? 1 : 0);
        var shown = exit == 0 && Context is not null && WritesOutputFolder && !CommitFailed ? OutDir : null;
        return new BuildResult(list, exit, Site?.Pages.Count ?? 0, outputs, shown) { HadPreviousSite = HadPreviousSite, Notes = Notes };
    }

    public void Dispose() => Output?.Dispose();

    public static bool HasConfigErrors(DiagnosticBag diagnostics, SeverityPolicy policy) => diagnostics.ToSortedList(policy).Any(IsConfigError);

    private static bool IsConfigError(Diagnostic d) => d.Severity == Severity.Error && d.Descriptor.ExitClass == ExitClass.Configuration;
}
