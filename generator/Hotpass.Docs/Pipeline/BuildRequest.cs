namespace Hotpass.Docs.Pipeline;

/// <summary>What one run of the pipeline is asked to do; null options fall back to the site configuration.</summary>
/// <param name="WriteSite">False for <c>check</c>: run every gate, write nothing.</param>
/// <param name="CheckExternal">Fetch external links too (never by default).</param>
/// <param name="Commit">The commit being built, which per-build evidence must carry; null: evidence.commit, else HEAD.</param>
/// <param name="Preview">Set for a pull-request preview build: every page shows the preview banner.</param>
/// <param name="Force">Replace the output folder even when this tool did not make it (never the sources).</param>
public sealed record BuildRequest(
    string Root,
    string? OutDir = null,
    string? BaseUrl = null,
    string? AsOf = null,
    bool Strict = false,
    bool WriteSite = true,
    bool CheckExternal = false,
    Render.PreviewBanner? Preview = null,
    bool Force = false,
    string? Commit = null);
