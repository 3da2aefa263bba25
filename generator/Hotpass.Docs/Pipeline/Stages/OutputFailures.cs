using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>What stops the stages that write: a template that cannot render, or a file that cannot be written. Each
/// becomes a diagnostic and the run stops there, leaving the previous site in place.</summary>
internal static class OutputFailures
{
    /// <returns>Whether <paramref name="write"/> ran to its end.</returns>
    public static bool Run(BuildRun run, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (TemplateException e)
        {
            run.Diagnostics.Report(DiagnosticCodes.TemplateInvalid, e.Location, e.Problem);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            run.Diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), Unwrap(e).Message);
        }
        return false;
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
