using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>manifest.json</c>: every other written file with its path, kind, size and SHA-256, in ordinal
/// order of path, so two builds can be compared and a copy of the site verified.</summary>
/// <remarks>Written as <see cref="Utf8JsonWriter"/> indents (two spaces, relaxed escaping) but with '\n' on every
/// platform, each file's entry on its own: in <c>serve</c> a rebuild reuses the entries of files it did not change
/// (<see cref="ManifestEntries"/>).</remarks>
internal static class ManifestJson
{
    public const string FileName = "manifest.json";

    /// <summary>Bumped when the shape changes.</summary>
    public const int Version = 1;

    public static byte[] Write(IEnumerable<WrittenFile> files) => Write(files, null);

    /// <param name="memos">In <c>serve</c>, where the previous build's entries are reused and this one's kept.</param>
    internal static byte[] Write(IEnumerable<WrittenFile> files, StepMemos? memos)
    {
        var ordered = files.ToList();
        // The pipeline passes its files already in order; sorting again would cost more than checking.
        if (!IsOrdered(ordered)) ordered.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        var previous = memos?.Previous<ManifestEntries>();
        var entries = new byte[ordered.Count][];
        for (var i = 0; i < ordered.Count; i++) entries[i] = previous?.Find(ordered[i]) ?? Entry(ordered[i]);
        memos?.Keep(new ManifestEntries(ordered, entries));

        using var json = new PooledBufferWriter(256 + entries.Sum(e => e.Length + 2));
        json.Write("{\n  \"generator\": \"hotpass-docs\",\n  \"version\": "u8);
        Number(json, Version);
        // What tells a later build this folder is ours to replace (OutputOwnership): the generator above.
        json.Write(",\n  \"algorithm\": \"sha256\",\n  \"files\": ["u8);
        for (var i = 0; i < entries.Length; i++)
        {
            json.Write(i == 0 ? "\n"u8 : ",\n"u8);
            json.Write(entries[i]);
        }
        json.Write(entries.Length == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8);
        return json.WrittenSpan.ToArray();
    }

    /// <summary>One file's object as it stands in the <c>files</c> array, indented four spaces.</summary>
    private static byte[] Entry(WrittenFile file)
    {
        var entry = new ArrayBufferWriter<byte>(160 + file.OutputPath.Length);
        entry.Write("    {\n      \"path\": "u8);
        Quoted(entry, file.OutputPath);
        entry.Write(",\n      \"kind\": "u8);
        Quoted(entry, KindName(file.Kind));
        entry.Write(",\n      \"size\": "u8);
        Number(entry, file.Size);
        entry.Write(",\n      \"sha256\": "u8);
        Quoted(entry, file.Sha256);
        entry.Write("\n    }"u8);
        return entry.WrittenSpan.ToArray();
    }

    private static void Quoted(IBufferWriter<byte> json, string text)
    {
        json.Write("\""u8);
        json.Write(JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
        json.Write("\""u8);
    }

    private static void Number(IBufferWriter<byte> json, long value)
    {
        Utf8Formatter.TryFormat(value, json.GetSpan(20), out var written);
        json.Advance(written);
    }

    private static bool IsOrdered(List<WrittenFile> files)
    {
        for (var i = 1; i < files.Count; i++)
            if (string.CompareOrdinal(files[i - 1].OutputPath, files[i].OutputPath) > 0) return false;
        return true;
    }

    private static string KindName(OutputKind kind) => kind switch
    {
        OutputKind.Page => "page",
        OutputKind.Asset => "asset",
        _ => "generated",
    };
}
