using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline;

/// <summary>The load and model stages' outcome: the site model (null when configuration errors stopped the run before
/// the content was read), their diagnostics, and the exit code the contract gives them.</summary>
public sealed record ModelResult(SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode);
