namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>The outcome of an incremental run: the build's result, and, when it passed, the state the next run starts
/// from (which holds the site's bytes).</summary>
public sealed record IncrementalBuild(BuildResult Result, BuildState? State);
