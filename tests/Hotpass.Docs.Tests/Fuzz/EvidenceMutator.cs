using System.Text;
using CsCheck;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Generators of hostile evidence, seeded with every file of the public corpus (<c>../shared/corpora</c>): each
/// file gets one to three changes, structure-aware for its syntax (<see cref="JsonMutations"/>,
/// <see cref="XmlMutations"/>, a line-based change for lcov and SPDX tag-value), then, sometimes, a change to its bytes:
/// truncation, another encoding (BOM, UTF-16 LE/BE with and without BOM, UTF-32, Latin-1) or a flipped byte.</summary>
public static class EvidenceMutator
{
    /// <summary>Every corpus file (folder/name and bytes), in name order; empty when the corpus is not beside the checkout.</summary>
    public static IReadOnlyList<(string Source, byte[] Bytes)> Corpus { get; } = LoadCorpus();

    private static readonly string[] LineValues =
    [
        "", "-1", "0", "1e400", "18446744073709551616", "99999999999999999999", "NaN", "9999-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+14:00", "1,18446744073709551616", "-5,-5", ",,,,", "\u0000", "\uD7FF\uFFFD", "<script>alert(1)</script>",
    ];

    private static readonly string[] TagLines =
    [
        "SPDXVersion: SPDX-9.9", "SPDXVersion: SPDX-2.3", "Created: 9999-12-31T23:59:59Z", "PackageName:", "end_of_record", "TN:", "SF:",
        "LF:-1", "LH:99999999999999999999", "BRF:1e400", "BRH:0", "DA:1,18446744073709551616", "FNDA:x,y", "Relationship: SPDXRef-DOCUMENT DESCRIBES",
    ];

    private static readonly byte[] Flips = [0x00, 0xFF, 0xFE, 0xC3, 0x80, (byte)'<', (byte)'{', (byte)'"', (byte)'\\', (byte)'&', (byte)'\n'];

    /// <summary>A change to a file: <paramref name="Kind"/> 0–5 changes its structure, 6 cuts it short, 7 re-encodes
    /// it, 8 flips a byte; the other numbers pick where and what.</summary>
    private sealed record Change(int Kind, int Where, int Pick, int Size);

    private static Gen<Change> Changes { get; } =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], (k, w, p, s) => new Change(k, w, p, s));

    private static readonly string?[] Sidecars =
    [
        null, null, "collected_at: 2025-11-20T06:00:00Z\n", "collected_at: 9999-12-31T23:59:59Z\n", "id: same\ncollected_at: 2025-11-20T06:00:00Z\n",
    ];

    private static Gen<EvidenceFuzzFile> File { get; } =
        Gen.Select(Gen.Int[0, Math.Max(0, Corpus.Count - 1)], Changes.Array[1, 3], Gen.Int[0, Sidecars.Length - 1], Gen.Int[0, 99],
            (index, changes, sidecar, n) => Mutate(index, changes, Sidecars[sidecar], n));

    public static Gen<EvidenceFuzzCase> Case { get; } =
        Gen.Select(File.Array[1, 3], Gen.Int[0, 3], (files, lenient) => new EvidenceFuzzCase(files.DistinctBy(f => f.Name, StringComparer.Ordinal).ToList(), lenient != 0));

    private static EvidenceFuzzFile Mutate(int index, Change[] changes, string? sidecar, int n)
    {
        var (source, original) = Corpus[index];
        var bytes = original;
        var done = new List<string>();
        // Structure first (on the text), then bytes, so a structural change never has to parse a file already cut short.
        foreach (var change in changes.OrderBy(c => c.Kind >= 6 ? 1 : 0))
        {
            var (changed, what) = change.Kind >= 6 ? Bytes(bytes, change) : Structure(bytes, change);
            bytes = changed;
            done.Add(what);
        }
        var name = $"f{n}-{Path.GetFileName(source)}";
        return new EvidenceFuzzFile(source, name, done, bytes, sidecar);
    }

    private static (byte[], string) Structure(byte[] bytes, Change change)
    {
        var text = Decode(bytes);
        var first = text.TrimStart().FirstOrDefault();
        try
        {
            var result = first switch
            {
                '{' or '[' => JsonMutations.Apply(text, change.Kind, change.Where, change.Pick, change.Size),
                '<' => XmlMutations.Apply(text, change.Kind, change.Where, change.Pick, change.Size),
                _ => Lines(text, change),
            };
            if (result is { } r) return (Encoding.UTF8.GetBytes(r.Text), (first switch { '{' or '[' => "json: ", '<' => "xml: ", _ => "text: " }) + r.What);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or System.Xml.XmlException or System.Text.Json.JsonException)
        {
            // The mutator's own parsers refuse what an earlier change made; fall back to a change of bytes.
        }
        return Bytes(bytes, change with { Kind = 8 });
    }

    private static (string Text, string What)? Lines(string text, Change change)
    {
        var lines = text.Split('\n').ToList();
        var at = change.Where % lines.Count;
        switch (change.Kind % 4)
        {
            case 0:
            {
                var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
                var value = LineValues[change.Pick % LineValues.Length];
                lines[at] = (colon < 0 ? lines[at] : lines[at][..(colon + 1)]) + value;
                return (string.Join('\n', lines), $"line {at + 1} value := {value}");
            }
            case 1:
            {
                var copies = change.Pick % 3 == 0 ? 50_000 : 1 + (change.Pick % 5);
                lines.InsertRange(at, Enumerable.Repeat(lines[at], copies));
                return (string.Join('\n', lines), $"line {at + 1} repeated {copies} times");
            }
            case 2:
                lines.RemoveAt(at);
                return (string.Join('\n', lines), $"line {at + 1} removed");
            default:
            {
                var tag = TagLines[change.Pick % TagLines.Length];
                lines.Insert(at, tag);
                return (string.Join('\n', lines), $"line {at + 1} inserted: {tag}");
            }
        }
    }

    private static (byte[], string) Bytes(byte[] bytes, Change change)
    {
        switch (change.Kind)
        {
            case 6:
            {
                var cut = bytes.Length == 0 ? 0 : change.Where % bytes.Length;
                return (bytes[..cut], $"cut to {cut} of {bytes.Length} bytes");
            }
            case 7:
            {
                var text = Decode(bytes);
                return (change.Pick % 7) switch
                {
                    0 => ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "UTF-8 with a BOM"),
                    1 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "UTF-16 LE with a BOM"),
                    2 => ([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], "UTF-16 BE with a BOM"),
                    3 => (Encoding.Unicode.GetBytes(text), "UTF-16 LE without a BOM"),
                    4 => ([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)], "UTF-32 LE with a BOM"),
                    5 => (Encoding.Latin1.GetBytes(text.Replace('e', 'é')), "Latin-1 (é as one byte)"),
                    _ => ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "two UTF-8 BOMs"),
                };
            }
            default:
            {
                if (bytes.Length == 0) return (bytes, "empty, no byte to flip");
                var copy = (byte[])bytes.Clone();
                var at = change.Where % copy.Length;
                copy[at] = Flips[change.Pick % Flips.Length];
                return (copy, $"byte {at} := 0x{copy[at]:X2}");
            }
        }
    }

    /// <summary>The text of a file, as the readers would decode it: UTF-16 by its BOM, else UTF-8 without its BOM.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return Encoding.UTF8.GetString(bytes);
    }

    private static List<(string, byte[])> LoadCorpus()
    {
        if (CorpusManifestRow.CorpusRoot is not { } root) return [];
        return [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), System.IO.File.ReadAllBytes(f)))];
    }
}
