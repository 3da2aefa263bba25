using Hotpass.Docs.Configuration;
using Hotpass.Docs.Tests.Pipeline.Incremental;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Configuration;

/// <summary><c>exclude:</c> in hotpass-docs.yml: globs relative to the site root whose files no build reads from any
/// input folder (content, templates, evidence, frameworks), checked at their line when they are not globs, and applied
/// the same by a <c>serve</c> rebuild as by a full build.</summary>
public sealed class ExcludeTests
{
    private const string Config = "title: Small\nas_of: 2025-11-23T00:00:00Z\nframeworks: frameworks\ndiagnostics: { HPD451: none, HPD459: none }\n";

    [Fact]
    public void Excluded_files_are_read_from_no_input_folder_and_the_site_is_the_site_without_them()
    {
        using var site = GovernanceSite.Create();
        site.File("templates/assets/site.css", "body { color: black; }\n")
            .File("hotpass-docs.yml", Config + "exclude:\n  - content/drafts/**\n  - \"**/*.bak\"\n  - frameworks/old.yaml\n  - templates/assets/wip-*\n");
        var (clean, cleanSite) = site.BuildInMemory();
        Assert.Equal(0, clean.ExitCode);

        // Each of these, read, would fail the build or change what it writes.
        site.Page("drafts/plan.md", "Secret plan", "See [nowhere](missing.md).\n")
            .File("content/drafts/deep/diagram.png", "not a png")
            .File("content/how-to/rotate.md.bak", "---\ntitle: Old rotate\n---\nOld.\n")
            .File("evidence/vault-audit.csv.bak", "timestamp,user,action\n")
            .File("frameworks/old.yaml", "id: DEMO\ntitle: Old demo\nrequirements: []\n")
            .File("templates/assets/wip-theme.css", "body { color: red; }\n");
        var (excluded, excludedSite) = site.BuildInMemory();

        Assert.Equal(TempSite.Lines(clean.Diagnostics), TempSite.Lines(excluded.Diagnostics));
        Assert.Equal(cleanSite.Files.Keys, excludedSite.Files.Keys);
        Assert.All(cleanSite.Files, f => Assert.Equal(f.Value, excludedSite.Files[f.Key]));

        // Without the key, the same tree is read whole: the drafts page is published, the .bak evidence fails.
        site.File("hotpass-docs.yml", Config);
        var (all, _) = site.BuildInMemory();
        Assert.Contains(all.Diagnostics, d => d.ToString().StartsWith("content/drafts/plan.md(4,5): error HPD200", StringComparison.Ordinal));
        Assert.Contains(all.Diagnostics, d => d.ToString().StartsWith("frameworks/old.yaml: error HPD340", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content/drafts/**", "content/drafts/a.md", true)]
    [InlineData("content/drafts/**", "content/drafts/deep/a.png", true)]
    [InlineData("content/drafts/**", "content/drafts.md", false)]
    [InlineData("content/drafts/", "content/drafts/deep/a.png", true)]
    [InlineData("./content//drafts/**", "content/drafts/a.md", true)]
    [InlineData("**/*.bak", "evidence/a.bak", true)]
    [InlineData("**/*.bak", "a.bak", true)]
    [InlineData("**/*.bak", "evidence/a.bak.json", false)]
    [InlineData("evidence/*.json", "evidence/ci/a.json", false)]
    [InlineData("evidence/*.json", "evidence/a.json", true)]
    [InlineData("evidence/a?.json", "evidence/ab.json", true)]
    public void A_glob_matches_paths_from_the_site_root(string pattern, string path, bool excluded)
    {
        var exclusions = new InputExclusions([pattern]);
        Assert.Equal(excluded, exclusions.ExcludesFile(path));
        // A folder is skipped unwalked only when all under it is excluded.
        if (!excluded) Assert.False(exclusions.ExcludesFolder(path[..path.LastIndexOf('/')]));
    }

    [Theory]
    [InlineData("exclude: content/drafts/**\n", "hotpass-docs.yml(2,10): error HPD003: Configuration key 'exclude' must be a list of glob patterns relative to the site root (such as content/drafts/** or **/*.bak)")]
    [InlineData("exclude: { content: drafts }\n", "hotpass-docs.yml(2,10): error HPD003: Configuration key 'exclude' must be a list of glob patterns relative to the site root (such as content/drafts/** or **/*.bak)")]
    [InlineData("exclude:\n  - ok/**\n  - [nested]\n", "hotpass-docs.yml(4,5): error HPD003: Configuration key 'exclude' items must be glob patterns relative to the site root (such as content/drafts/** or **/*.bak)")]
    [InlineData("exclude:\n  - \"\"\n", "hotpass-docs.yml(3,5): error HPD003: Configuration key 'exclude' items must be glob patterns relative to the site root (such as content/drafts/** or **/*.bak)")]
    [InlineData("exclude: [\"/etc/**\"]\n", "hotpass-docs.yml(2,11): error HPD003: Configuration key 'exclude' items must be glob patterns relative to the site root (such as content/drafts/** or **/*.bak): '/etc/**' is not")]
    [InlineData("exclude: [\"content/../**\"]\n", "hotpass-docs.yml(2,11): error HPD003: Configuration key 'exclude' items must be glob patterns relative to the site root (such as content/drafts/** or **/*.bak): 'content/../**' is not")]
    [InlineData("exlude: [\"**/*.bak\"]\n", "hotpass-docs.yml(2,1): warning HPD002: Unknown configuration key 'exlude'; did you mean 'exclude'?")]
    public void A_bad_exclude_is_reported_at_its_line(string config, string expected)
    {
        using var site = new TempSite().Page("a.md", "A").File("hotpass-docs.yml", "title: T\n" + config);
        var result = site.Build(write: false);
        Assert.Equal(expected, TempSite.Lines(result.Diagnostics));
        Assert.Equal(expected.Contains("error", StringComparison.Ordinal) ? 2 : 0, result.ExitCode);
    }

    /// <summary>A serve rebuild agrees with a full build (<see cref="IncrementalSite.Rebuild"/> checks every byte) when
    /// <c>exclude:</c> starts or stops leaving out files whose own stamps did not change (evidence a rebuild would
    /// otherwise carry over from the last build, since its folder did not change).</summary>
    [Theory]
    [InlineData("evidence/b.csv")]
    [InlineData("content/how-to/b.md")]
    [InlineData("templates/assets/b.css")]
    [InlineData("frameworks/b.yaml")]
    public void A_serve_rebuild_after_exclude_changes_equals_a_full_build(string file)
    {
        using var site = new IncrementalSite();
        const string Settings = "title: Site\nframeworks: frameworks\n";
        site.Write("hotpass-docs.yml", Settings)
            .Page("index.md", "Home", "Welcome.\n",
                "controls:\n  - { id: CTL-A, title: A, cadence: monthly, evidence: [\"*\"], satisfies: [\"DEMO:R1\", \"SLSA:BUILD-L2\"] }\n")
            .Page("how-to/a.md", "Alpha", "Alpha.\n")
            .Page("how-to/b.md", "Beta", "Beta.\n")
            .Write("evidence/a.csv", "t\n1\n").Write("evidence/a.csv.evidence.yaml", "collected_at: 2025-11-20T00:00:00Z\n")
            .Write("evidence/b.csv", "t\n2\n").Write("evidence/b.csv.evidence.yaml", "collected_at: 2025-11-21T00:00:00Z\n")
            .Write("templates/assets/b.css", "body { color: red; }\n")
            .Write("frameworks/a.yaml", "id: DEMO\ntitle: Demo\nrequirements:\n  - { id: R1, title: One }\n")
            // A site copy of a built-in catalogue: left out, the built-in one is used.
            .Write("frameworks/b.yaml", "id: SLSA\ntitle: SLSA (site copy)\nrequirements:\n  - { id: BUILD-L2, title: Site copy of build level 2 }\n");
        var exclude = file.StartsWith("evidence/", StringComparison.Ordinal) ? $"exclude: [\"{file}\", \"{file}.evidence.yaml\"]\n" : $"exclude: [\"{file}\"]\n";
        var all = site.Rebuild().State!.Files;

        var without = site.Write("hotpass-docs.yml", Settings + exclude).Rebuild();
        Assert.Equal("", TempSite.Lines(without.Result.Diagnostics));
        Assert.False(Same(all, without.State!.Files), "leaving the file out changed nothing");

        var with = site.Write("hotpass-docs.yml", Settings).Rebuild();
        Assert.True(Same(all, with.State!.Files));
    }

    private static bool Same(IReadOnlyDictionary<string, byte[]> a, IReadOnlyDictionary<string, byte[]> b) =>
        a.Keys.Order(StringComparer.Ordinal).SequenceEqual(b.Keys.Order(StringComparer.Ordinal)) && a.All(f => f.Value.AsSpan().SequenceEqual(b[f.Key]));
}
