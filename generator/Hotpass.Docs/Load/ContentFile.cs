namespace Hotpass.Docs.Load;

/// <summary>A file found under the content folder: its path there and its full path on disk.</summary>
public sealed record ContentFile(string ContentPath, string FullPath);
