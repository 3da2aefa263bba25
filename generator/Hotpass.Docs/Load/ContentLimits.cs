namespace Hotpass.Docs.Load;

/// <summary>Sizes past which input is refused rather than processed.</summary>
internal static class ContentLimits
{
    /// <summary>Largest markdown page read; real pages are a few KiB, so this is only a guard against hostile input.</summary>
    public const long MaxPageBytes = 4 * 1024 * 1024;
}
