namespace Hotpass.Docs.Configuration;

/// <summary>A top-level content folder shown as a navigation section, with the Diátaxis type its pages default to.</summary>
public sealed record SectionConfig(string Folder, string Title, DiataxisType? Type);
