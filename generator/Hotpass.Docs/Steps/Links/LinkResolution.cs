namespace Hotpass.Docs.Steps.Links;

/// <summary>The verdict on one link: the problem (or none), the output file it names, the fragment it asks for, and
/// a near miss when one exists (a file name or id one edit away).</summary>
internal sealed record LinkResolution(LinkProblem Problem, string? Target = null, string? Fragment = null, string? Suggestion = null)
{
    public static LinkResolution Ok { get; } = new(LinkProblem.None);
}
