using System.Text;
using CsCheck;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Generators of hostile sites, seeded with the shipped <c>content/</c>: pages mutated by splicing in
/// hostile snippets, cutting and repeating ranges and flipping bytes; front matter, file names and configuration
/// drawn from the values that once crashed or fooled the tool.</summary>
public static class SiteMutator
{
    private static readonly string[] SeedPages =
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static readonly string[] Snippets =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](JaVa\tScRiPt:alert(1))",
        "<a href=\"java&#x09;script:alert(1)\">a</a>", "<svg onload=alert(1)>", "<iframe src=\"//evil\"></iframe>",
        "<form action=\"//evil\"><input type=password></form>", "<div style=\"position:fixed;inset:0\">x</div>",
        "<style>", "<math>", "<xmp>", "<select><xmp><select></xmp>", "<table><select><xmp>x</select></table>",
        "<b><i><u>", "<div><div><div>", "[a](", "## Same\n", "www.a.b ", "\u0000", "\u202E", "\uFEFF", "---\n", "```\n",
        "{{ site.title }}", "{% raw %}", "<!--", "]]>", "&#0;", "\r", "> > > >", "***", "|a|b|\n|-|-|\n",
        "![x](data:text/html;base64,PHNjcmlwdD4=)", "<details open ontoggle=alert(1)>", "<a href=\"vbscript:x\">v</a>",
    ];

    private static readonly string[] FrontMatterLines =
    [
        "last_reviewed: 9999-12-31\nreview_every: P1D", "review_every: P10001Y\nlast_reviewed: 2025-01-01", "review_every: PT2147483647H",
        "review_every: P400000000W\nlast_reviewed: 2025-01-01", "order: 99999999999", "type: guide", "title: \"<script>x</script>\"",
        "summary: '\" onmouseover=\"x'", "a: &a [x, x]\nb: [*a, *a, *a]", "title: [1, 2]", "controls: {a: b}", "last_reviewed: 2025-02-30",
    ];

    private static readonly string[] FileNames =
    [
        "javascript:alert(1).md", "a#b.md", "q?x.md", "100%.md", "back\\slash.md", "sp ace.md", "café.md", "bell\u0007.md",
        "404.md", "sitemap.xml", "index.MD", "tab\t.md", "new\nline.md", "\"quote\".md", "<tag>.md", "-dash.md", "emoji😀.md",
    ];

    private static readonly string[] Configs =
    [
        "title: \"<script>alert(1)</script>\"\n", "base_url: \"https://x.example/\\u0007\"\n", "base_url: not a url\n",
        "out: \"_site\\0x\"\n", "templates: \"t\\0\"\n", "sections:\n  - folder: how-to\n  - folder: how-to\n",
        "diagnostics: { HPD005: none, HPD006: none, HPD115: none, HPD020: none }\n", "out: .\n", "out: ..\n", "content: ../\n",
        "nav: { max_section_pages: -1 }\n", "as_of: 9999-12-31\n", "base_url: /docs\n", "title: [a\n",
    ];

    // Declared in dependency order: static initialisers run top to bottom.
    /// <summary>A change to a page: on its text (splice, cut, repeat, front matter) or on its bytes (flip).</summary>
    private sealed record Change(int Kind, int A, int B, int Pick)
    {
        public string Text(string t)
        {
            if (t.Length == 0) return Snippets[Pick % Snippets.Length];
            var at = A % (t.Length + 1);
            var end = Math.Min(t.Length, at + (B % 400));
            return Kind switch
            {
                0 or 1 => t.Insert(at, Snippets[Pick % Snippets.Length]),
                2 => t.Remove(at, end - at),
                3 => t.Insert(at, string.Concat(Enumerable.Repeat(t[at..end], 1 + (Pick % 8)))),
                4 => t.StartsWith("---\n", StringComparison.Ordinal) ? t.Insert(4, FrontMatterLines[Pick % FrontMatterLines.Length] + "\n") : t,
                _ => t,
            };
        }

        public byte[] Bytes(byte[] b)
        {
            if (Kind != 5 || b.Length == 0) return b;
            var copy = (byte[])b.Clone();
            copy[A % copy.Length] = (byte)(Pick & 0xFF);
            return copy;
        }
    }

    private static Gen<Change> Mutation { get; } =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 100_000], Gen.Int[0, 100_000], Gen.Int[0, 1000], (k, a, b, p) => new Change(k, a, b, p));

    private static Gen<(string Path, byte[] Bytes)> Page { get; } =
        Gen.Select(Gen.Int[0, SeedPages.Length - 1], Mutation.Array[0, 6], Gen.Int[0, FileNames.Length * 3], Gen.Int[0, 9],
            (seed, mutations, name, folder) =>
            {
                var text = SeedPages[seed];
                var bytes = Encoding.UTF8.GetBytes(mutations.Aggregate(text, (t, m) => m.Text(t)));
                foreach (var m in mutations) bytes = m.Bytes(bytes);
                var file = name < FileNames.Length ? FileNames[name] : $"page{name}.md";
                var dir = folder switch { 0 => "", 1 => "how-to/", 2 => "reference/", 3 => "odd folder#/", _ => "tutorials/" };
                return (dir + file, bytes);
            });

    public static Gen<FuzzCase> Site { get; } =
        Gen.Select(Page.Array[1, 4], Gen.Int[0, Configs.Length * 2], (pages, config) =>
        {
            var files = new List<(string, byte[])>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, bytes) in pages)
                if (used.Add(path)) files.Add((path, bytes));
            return new FuzzCase(files, config < Configs.Length ? Configs[config] : null);
        });
}
