namespace Hotpass.Docs.Configuration.Keys;

/// <summary>What a key of <c>hotpass-docs.yml</c> holds, as the reader accepts it and the schema describes it.</summary>
internal enum ConfigValueKind
{
    Text,
    Folder,
    Flag,
    WholeNumber,
    Fraction,
    Duration,
    Choice,
    Mapping,
    FolderOrMapping,
    MappingList,
    SeverityMap,
    GlobList,
}
