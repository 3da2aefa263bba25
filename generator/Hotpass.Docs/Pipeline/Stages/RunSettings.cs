using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>What the settings stage read: the site root, its configuration, how severities are taken, the instant
/// freshness is judged at, and the base URL.</summary>
internal sealed record RunSettings(string Root, SiteConfig Config, SeverityPolicy Policy, DateTimeOffset? AsOf, string? BaseUrl)
{
    /// <summary>The run goes on to the content only with an instant and no configuration error.</summary>
    public bool CanLoad(DiagnosticBag diagnostics) => AsOf is not null && !BuildRun.HasConfigErrors(diagnostics, Policy);
}
