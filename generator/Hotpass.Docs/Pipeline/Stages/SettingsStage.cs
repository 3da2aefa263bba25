using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Reads the configuration, the instant freshness is judged at and the base URL, and checks the output folder
/// is one the tool may replace; the run goes on only when all of that holds.</summary>
internal sealed class SettingsStage(TimeProvider clock) : IBuildStage
{
    public bool Run(BuildRun run)
    {
        var (request, diagnostics) = (run.Request, run.Diagnostics);
        if (RequestCheck.Root(request, diagnostics) is not { } root) return false;
        var config = SiteConfigReader.Read(root, diagnostics);
        var policy = new SeverityPolicy(config.Severities, request.Strict);
        RequestCheck.ContentDir(root, config, diagnostics);
        var asOf = ResolveAsOf(request, config, root, diagnostics);
        if (asOf is not null) asOf = run.Strategy.PinNow(request.AsOf ?? config.AsOf, asOf.Value);
        var baseUrl = RequestCheck.BaseUrl(request, config, diagnostics);
        var settings = run.Settings = new RunSettings(root, config, policy, asOf, baseUrl);

        var outDir = run.OutDir = OutputFolder.Resolve(root, request.OutDir ?? config.OutDir);
        if (run.WritesOutputFolder)
        {
            run.HadPreviousSite = Directory.Exists(outDir);
            if (OutputFolderGuard.Problem(root, outDir, Path.Combine(root, config.ContentDir), Path.Combine(root, config.TemplatesDir)) is { } problem)
                diagnostics.Report(DiagnosticCodes.OutputUnsafe, OutputBlame.Of(request, root, config), outDir, problem);
        }
        return settings.CanLoad(diagnostics);
    }

    private DateTimeOffset? ResolveAsOf(BuildRequest request, SiteConfig config, string root, DiagnosticBag diagnostics)
    {
        var asOf = AsOfResolver.Resolve(request.AsOf ?? config.AsOf, root, clock, out var error);
        if (error is not null)
        {
            var where = request.AsOf is null ? SiteConfig.FileName : "(command line)";
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, SourceLocation.File(where), request.AsOf is null ? "as_of" : "--as-of", error);
        }
        return asOf;
    }
}
