using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Render.Templates;

/// <summary>A theme template is missing or cannot be parsed or rendered; <see cref="Location"/> names the template
/// (and the line, when the template engine gives one).</summary>
internal sealed class TemplateException(SourceLocation location, string problem) : Exception($"{location}: {problem}")
{
    public SourceLocation Location { get; } = location;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
