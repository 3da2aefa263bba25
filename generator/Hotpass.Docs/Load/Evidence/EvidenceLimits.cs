namespace Hotpass.Docs.Load.Evidence;

/// <summary>Bounds on hostile or runaway evidence files.</summary>
internal static class EvidenceLimits
{
    /// <summary>Nothing larger is read at all; it is the largest of the per-reader limits.</summary>
    public const long MaxFileBytes = StreamedBytes;

    /// <summary>Streaming readers (SBOMs as JSON or XML, test and coverage XML) keep no document in memory,
    /// so they take large files; real SBOMs of big images reach tens of megabytes.</summary>
    public const long StreamedBytes = 256L * 1024 * 1024;

    /// <summary>Readers that hold a parsed JSON document (SARIF, run JSON, provenance) stay under this.</summary>
    public const long DocumentBytes = 32L * 1024 * 1024;

    /// <summary>Line-based text readers (lcov, SPDX tag-value).</summary>
    public const long TextBytes = 64L * 1024 * 1024;

    /// <summary>JSON nesting past this is refused; real evidence nests well under 20 levels.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Sidecars are a handful of keys.</summary>
    public const long SidecarBytes = 64 * 1024;
}
