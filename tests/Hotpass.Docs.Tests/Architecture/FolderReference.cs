namespace Hotpass.Docs.Tests.Architecture;

/// <summary>One use, in <paramref name="File"/> (a path under generator/Hotpass.Docs), of a type from another top-level
/// folder: <paramref name="FromType"/> is the type declared in the file that uses it, <paramref name="ToType"/> the full
/// name of the type used (or of the type whose member is used).</summary>
internal sealed record FolderReference(string FromFolder, string ToFolder, string File, string FromType, string ToType)
{
    public override string ToString() => $"{FromFolder} -> {ToFolder}: {File} ({FromType}) uses {ToType}";
}
