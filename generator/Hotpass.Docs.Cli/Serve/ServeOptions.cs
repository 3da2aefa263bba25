namespace Hotpass.Docs.Cli.Serve;

/// <summary>What <c>serve</c> is asked for: the site, the loopback port (0 = any free one), the as-of instant, and how
/// long the sources must be quiet before a rebuild; <paramref name="Timings"/> prints each build's stage timings.</summary>
public sealed record ServeOptions(string Root, int Port, string? AsOf, TimeSpan Quiet, bool Timings = false);
