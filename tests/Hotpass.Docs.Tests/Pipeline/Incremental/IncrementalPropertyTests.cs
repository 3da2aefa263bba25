using CsCheck;

namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>Random sequences of edits (bodies with headings and links that may break, titles, summaries, order, added,
/// deleted and renamed pages, the home and section index pages among them): after each one the incremental rebuild
/// must equal a full build of the same tree, byte for byte and diagnostic for diagnostic (<see cref="IncrementalSite.Rebuild"/>).</summary>
public sealed class IncrementalPropertyTests
{
    private static readonly string[] Paths =
        ["how-to/a.md", "how-to/b.md", "how-to/c.md", "how-to/index.md", "reference/r.md", "reference/s.md", "tutorials/t.md", "about.md", "index.md"];

    private static readonly string[] Titles = ["Alpha", "Beta", "Gamma", "Delta"];
    private static readonly string[] Headings = ["Install", "Steps", "Usage"];

    /// <summary>One edit: what (<see cref="Apply"/>), to which page, and two choices it reads.</summary>
    public sealed record Edit(int Kind, int Page, int A, int B)
    {
        public override string ToString() => $"{Kind}:{Paths[Page]}:{A}:{B}";
    }

    private sealed record PageSpec(string Title, string? Summary, int? Order, string Heading, string LinkTo, string? Fragment);

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, 5], Gen.Int[0, Paths.Length - 1], Gen.Int[0, 3], Gen.Int[0, Paths.Length - 1],
        (kind, page, a, b) => new Edit(kind, page, a, b));

    [Fact]
    public void Any_sequence_of_edits_rebuilds_to_the_bytes_of_a_full_build() =>
        Edits.Array[1, 6].Sample(Run, iter: 25, threads: 1, print: edits => string.Join(' ', edits.Select(e => e.ToString())));

    private static void Run(Edit[] edits)
    {
        using var site = new IncrementalSite();
        var pages = new Dictionary<string, PageSpec>(StringComparer.Ordinal);
        foreach (var (path, i) in Paths.Select((p, i) => (p, i)))
            Write(site, pages, path, new PageSpec(Titles[i % Titles.Length] + " " + i, null, null, Headings[i % Headings.Length], Paths[(i + 1) % Paths.Length], null));
        site.Rebuild();
        foreach (var edit in edits)
        {
            Apply(site, pages, edit);
            site.Rebuild();
        }
    }

    private static void Apply(IncrementalSite site, Dictionary<string, PageSpec> pages, Edit edit)
    {
        var path = Paths[edit.Page];
        var exists = pages.TryGetValue(path, out var spec);
        switch (edit.Kind)
        {
            case 0 when exists:
                var target = Paths[edit.B];
                Write(site, pages, path, spec! with
                {
                    Heading = Headings[edit.A % Headings.Length],
                    LinkTo = target,
                    Fragment = edit.A == 3 ? null : Slug(Headings[(edit.A + edit.B) % Headings.Length]),
                });
                break;
            case 1 when exists:
                Write(site, pages, path, spec! with { Title = Titles[edit.A] });
                break;
            case 2 when exists:
                site.Delete("content/" + path);
                pages.Remove(path);
                break;
            case 3 when !exists:
                Write(site, pages, path, new PageSpec(Titles[edit.A], null, null, Headings[edit.A % Headings.Length], Paths[edit.B], null));
                break;
            case 4 when exists && !pages.ContainsKey(Paths[edit.B]):
                site.Move("content/" + path, "content/" + Paths[edit.B]);
                pages.Remove(path);
                pages[Paths[edit.B]] = spec!;
                break;
            case 5 when exists:
                Write(site, pages, path, spec! with { Summary = edit.A == 0 ? null : "Summary " + edit.A, Order = edit.B % 3 == 0 ? null : edit.B });
                break;
        }
    }

    private static void Write(IncrementalSite site, Dictionary<string, PageSpec> pages, string path, PageSpec spec)
    {
        pages[path] = spec;
        var front = $"title: {spec.Title}\n" + (spec.Summary is null ? "" : $"summary: {spec.Summary}\n") + (spec.Order is null ? "" : $"order: {spec.Order}\n");
        var link = Relative(path, spec.LinkTo) + (spec.Fragment is null ? "" : "#" + spec.Fragment);
        site.Write("content/" + path, $"---\n{front}---\nSee [the other page]({link}).\n\n## {spec.Heading}\n\nWords.\n");
    }

    private static string Slug(string heading) => heading.ToLowerInvariant();

    private static string Relative(string from, string to)
    {
        var fromFolder = from.Contains('/', StringComparison.Ordinal) ? from[..from.IndexOf('/', StringComparison.Ordinal)] : null;
        var toFolder = to.Contains('/', StringComparison.Ordinal) ? to[..to.IndexOf('/', StringComparison.Ordinal)] : null;
        if (fromFolder == toFolder) return toFolder is null ? to : to[(toFolder.Length + 1)..];
        return (fromFolder is null ? "" : "../") + to;
    }
}
