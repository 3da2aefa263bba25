using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Write;

/// <summary>Gets the output folder ready before anything is staged: repairs a swap a killed build left half done,
/// then refuses a folder this tool did not make unless told to replace it.</summary>
internal static class OutputFolder
{
    /// <summary>The full path of the output, without the trailing separator people type (<c>_site/</c>).</summary>
    public static string Resolve(string root, string outDir) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, outDir)));

    /// <summary>True when the build may go on to replace <paramref name="outDir"/>.</summary>
    public static bool Prepare(string outDir, bool force, SourceLocation at, DiagnosticBag diagnostics)
    {
        try
        {
            foreach (var action in SwapRecovery.Recover(outDir))
                diagnostics.Report(DiagnosticCodes.SwapRecovered, at, outDir, action);
            if (force || OutputOwnership.MayReplace(outDir)) return true;
            diagnostics.Report(DiagnosticCodes.OutputNotOurs, at, outDir);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, at, e.Message);
            return false;
        }
    }
}
