using System.Text.Json.Serialization;

namespace Hotpass.Docs.Steps.Links;

/// <summary>Source-generated JSON for the external-link cache: the tool ships Native AOT, where reflection-based
/// serialisation is not available.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, ExternalLinkCache.Entry>))]
[JsonSerializable(typeof(SortedDictionary<string, ExternalLinkCache.Entry>))]
internal sealed partial class ExternalLinkCacheJson : JsonSerializerContext;
