using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.Render.Search;

/// <summary>A deterministic stand-in for a large site's search records, sized like gen-corpus.py's pages (about 2 KB of
/// text: five sections of 60 words),
/// drawn from a 3,000-word vocabulary with a few words common and most rare, as in real text.</summary>
internal static class SyntheticSearchPages
{
    public static IReadOnlyList<SearchPage> Create(int count, int seed = 16)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000).Select(i => Word(random, i)).ToArray();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))]));
        return
        [
            .. Enumerable.Range(0, count).Select(i => new SearchPage(
                $"section-{i % 40:00}/page-{i:0000}.html",
                "Page " + Words(4),
                Words(14),
                [.. Enumerable.Range(0, 5).Select(s => new SearchSection(s == 0 ? null : Words(3), s == 0 ? null : $"part-{s}", Words(60)))],
                i % 10 == 0 ? [$"CTL-{i:0000}"] : [])),
        ];
    }

    private static string Word(Random random, int i)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var length = 3 + random.Next(8);
        return string.Concat(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])) + (i % 7 == 0 ? "s" : "");
    }
}
