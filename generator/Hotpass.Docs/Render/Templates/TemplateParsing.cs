using System.Text.RegularExpressions;
using Fluid;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Parses a template, turning Fluid's error text ("… at (3:9)") into a <see cref="TemplateException"/> at that line.</summary>
internal static partial class TemplateParsing
{
    [GeneratedRegex(@"^(?<problem>.*?) at \((?<line>\d+):(?<col>\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPosition();

    public static IFluidTemplate Parse(FluidParser parser, string text, string source)
    {
        if (parser.TryParse(text, out var template, out var error)) return template;
        var firstLine = error.Split('\n', 2)[0].TrimEnd('\r');
        var match = ErrorPosition().Match(firstLine);
        throw match.Success
            ? new TemplateException(new SourceLocation(source, Number(match, "line"), Number(match, "col")), match.Groups["problem"].Value)
            : new TemplateException(SourceLocation.File(source), firstLine);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}
