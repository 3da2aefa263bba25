namespace Hotpass.Docs.Text;

/// <summary>The "; did you mean 'x'?" tail of a message about an unknown name, or nothing when no known name is near.</summary>
internal static class DidYouMean
{
    public static string Suffix(string name, IEnumerable<string> candidates) =>
        NearestName.Find(name, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : "";
}
