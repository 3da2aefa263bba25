namespace Hotpass.Docs.Configuration;

/// <summary>Names of <see cref="DiataxisType"/> as written in front matter and shown to readers.</summary>
internal static class DiataxisTypeNames
{
    public static bool TryParse(string text, out DiataxisType type)
    {
        switch (text)
        {
            case "tutorial": type = DiataxisType.Tutorial; return true;
            case "how-to": type = DiataxisType.HowTo; return true;
            case "reference": type = DiataxisType.Reference; return true;
            case "explanation": type = DiataxisType.Explanation; return true;
            default: type = default; return false;
        }
    }

    public static string Key(this DiataxisType type) => type switch
    {
        DiataxisType.Tutorial => "tutorial",
        DiataxisType.HowTo => "how-to",
        DiataxisType.Reference => "reference",
        _ => "explanation",
    };

    public static string Label(this DiataxisType type) => type switch
    {
        DiataxisType.Tutorial => "Tutorial",
        DiataxisType.HowTo => "How-to guide",
        DiataxisType.Reference => "Reference",
        _ => "Explanation",
    };
}
