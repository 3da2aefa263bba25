namespace Hotpass.Docs.Diagnostics;

/// <summary>A bug in the tool, caught at the step that hit it so the one-line report can say what was being
/// processed (<c>rendering content/how-to/x.md</c>).</summary>
public sealed class BuildStepException : Exception
{
    public BuildStepException(string step, Exception inner) : base($"{step}: {inner.Message}", inner) => Step = step;

    public BuildStepException() : this("building the site", new InvalidOperationException()) { }

    public BuildStepException(string message) : this(message, new InvalidOperationException(message)) { }

    public string Step { get; }

    /// <summary>One line for any exception: the step, when known, and the innermost cause's type and message.</summary>
    public static string Describe(Exception e)
    {
        var step = "building the site";
        var cause = e;
        while (true)
        {
            if (cause is AggregateException { InnerExceptions.Count: > 0 } aggregate) cause = aggregate.InnerExceptions[0];
            else if (cause is BuildStepException { InnerException: { } inner } stepped) { step = stepped.Step; cause = inner; }
            else break;
        }
        return $"{step} ({cause.GetType().Name}: {cause.Message})";
    }
}
