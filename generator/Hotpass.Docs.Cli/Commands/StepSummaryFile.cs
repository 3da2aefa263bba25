namespace Hotpass.Docs.Cli.Commands;

/// <summary>The GitHub Actions job summary: a markdown file named by <c>GITHUB_STEP_SUMMARY</c>, to which each step appends.</summary>
public static class StepSummaryFile
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <summary>Appends <paramref name="markdown"/> when running under Actions; a summary that cannot be written is
    /// reported but never changes the command's outcome.</summary>
    public static void Append(string markdown, TextWriter error)
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path)) return;
        try
        {
            File.AppendAllText(path, markdown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hotpass-docs: cannot write the job summary to {path}: {e.Message}");
        }
    }
}
