using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>What a passed build leaves for the next one to start from: each markdown file as loaded (with its stamp and
/// diagnostics), the evidence as read, the inputs it could not scope, the model, each page's written facts, and the
/// site's bytes. Immutable; <see cref="SitePipeline.RunIncremental"/> takes one and returns the next.</summary>
public sealed class BuildState
{
    internal BuildState(BuildInputs inputs, DateTimeOffset stampedAt, IReadOnlyDictionary<string, LoadedPage> pages, LoadedEvidence evidence,
        SiteModel site, IReadOnlyDictionary<string, RenderedFile> pageOutputs, IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<string> rendered,
        IReadOnlyDictionary<Type, object> stepMemos)
    {
        Inputs = inputs;
        StampedAt = stampedAt;
        Pages = pages;
        Evidence = evidence;
        Site = site;
        PageOutputs = pageOutputs;
        Files = files;
        RenderedPages = rendered;
        StepMemos = stepMemos;
    }

    internal BuildInputs Inputs { get; }

    /// <summary>When the stamps were taken, before anything was read: a file written within
    /// <see cref="Load.FileStamp.RacyWindow"/> of it is read again by the next build.</summary>
    internal DateTimeOffset StampedAt { get; }

    internal IReadOnlyDictionary<string, LoadedPage> Pages { get; }

    internal LoadedEvidence Evidence { get; }

    internal SiteModel Site { get; }

    /// <summary>The facts of each page as written, by output path.</summary>
    internal IReadOnlyDictionary<string, RenderedFile> PageOutputs { get; }

    /// <summary>What each step after rendering kept for the next build (<see cref="Write.StepMemos"/>).</summary>
    internal IReadOnlyDictionary<Type, object> StepMemos { get; }

    /// <summary>The built site: every output file by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The output paths of the pages this build rendered (the others were carried over), in ordinal order.</summary>
    public IReadOnlyList<string> RenderedPages { get; }
}
