using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Pipeline;

/// <summary>The outcome of a run: its diagnostics, the exit code the contract gives them, and what was produced.</summary>
/// <param name="ExitCode">0 no errors; 1 gate errors; 2 usage or configuration error.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int ExitCode, int PageCount, int OutputCount, string? OutDir)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Whether the output folder held a site before this run, so a failed build can say it was kept.</summary>
    public bool HadPreviousSite { get; init; }

    /// <summary>Things the summary says once that are not problems with the content (such as why no sitemap was written).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
