namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>The top level of a JSON file: its property names (with their values when they are strings), how many
/// top-level values it holds (JSON Lines hold several) and where the first one ends.</summary>
internal sealed record JsonShape(IReadOnlyDictionary<string, string?> Keys, int Values, int FirstValueEnd, bool IsObject)
{
    public bool Has(string key) => Keys.ContainsKey(key);

    public string? Text(string key) => Keys.GetValueOrDefault(key);
}
