namespace Hotpass.Docs.Tests.Architecture;

/// <summary>Folder references that go against <see cref="FolderLayers.Order"/> and are known, each with why it is still
/// there. The layering test ignores them, and fails when one no longer happens, so the list only shrinks.</summary>
internal static class KnownUpwardReferences
{
    public static IReadOnlyDictionary<(string From, string To), string> All { get; } = new Dictionary<(string, string), string>
    {
    };
}
