using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Hotpass.Docs.Diff;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline.OneModel;

/// <summary>Every output reads one model, so on any generated governance site, built on two days, the outputs agree
/// with each other as the tool really wrote them: <c>matrix --format json</c> is the built <c>matrix.json</c>; <c>diff</c>
/// reports exactly the status changes a plain comparison of the two <c>matrix.json</c> files finds; every page in
/// <c>manifest.json</c> has a search entry; every href the tool wrote resolves to a file it wrote; every evidence page's
/// badge is that item's status as the model judged it. <c>HOTPASS_PROPERTY_ITERATIONS</c> raises the sample count.</summary>
public sealed partial class OneModelPropertyTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("HOTPASS_PROPERTY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 25;

    private static readonly DateTimeOffset Later = GovernanceSiteSpec.AsOf.AddDays(20);

    [Fact]
    public void Every_output_of_two_builds_tells_the_same_truth() =>
        GovernanceSiteSpec.Gen.Sample(Check, iter: Iterations, threads: 1, print: s => s.ToString());

    private static void Check(GovernanceSiteSpec spec)
    {
        using var site = new TempSite();
        spec.WriteTo(site);
        var before = Build(site, "_before", GovernanceSiteSpec.AsOf);
        var after = Build(site, "_after", Later);

        foreach (var (folder, instant) in new[] { (before, GovernanceSiteSpec.AsOf), (after, Later) })
        {
            MatrixCommandEqualsBuiltMatrix(site, folder, instant);
            EveryManifestPageHasASearchEntry(folder);
            EveryHrefResolves(folder);
            EveryEvidenceBadgeIsTheJudgedStatus(site, folder, instant);
        }
        DiffReportsExactlyTheMatrixChanges(before, after);
    }

    private static string Build(TempSite site, string outName, DateTimeOffset asOf)
    {
        var outDir = Path.Combine(site.Root, outName);
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, OutDir: outDir, AsOf: Stamp(asOf), Commit: GovernanceSiteSpec.Commit));
        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        return outDir;
    }

    private static void MatrixCommandEqualsBuiltMatrix(TempSite site, string folder, DateTimeOffset asOf)
    {
        var (exit, output, error) = CliRunner.Run("matrix", "--root", site.Root, "--format", "json", "--as-of", Stamp(asOf), "--commit", GovernanceSiteSpec.Commit);
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "matrix.json")), output);
    }

    private static void DiffReportsExactlyTheMatrixChanges(string before, string after)
    {
        var (was, now) = (PlainStatuses(before), PlainStatuses(after));
        var expected = was.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(id => new ControlStatusChange(id, was.GetValueOrDefault(id), now.GetValueOrDefault(id)))
            .Where(c => c.Before != c.After).ToList();
        var diff = BuildComparer.Compare(Read(before), Read(after));
        Assert.True(diff.ControlsCompared);
        Assert.Equal(expected, diff.ControlChanges);
    }

    /// <summary>The matrix read with no knowledge but the documented shape: each row's control id and status.</summary>
    private static Dictionary<string, string> PlainStatuses(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "matrix.json")));
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
            if (row.GetProperty("control").GetString() is { } id) statuses[id] = row.GetProperty("status").GetString()!;
        return statuses;
    }

    /// <summary>Every page the manifest lists is in the search index, found at its top by each word of its title; every
    /// risk, control and requirement of the matrix is found by its id exactly, on its own page.</summary>
    private static void EveryManifestPageHasASearchEntry(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var pages = manifest.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()!)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .ToHashSet(StringComparer.Ordinal);
        var index = SearchIndexReader.FromFolder(folder);
        var indexed = index.Pages.Select(p => Uri.UnescapeDataString(p.Url)).ToList();
        Assert.Empty(pages.Where(p => !indexed.Contains(p)).Order(StringComparer.Ordinal));
        for (var i = 0; i < index.Pages.Count; i++)
        {
            var page = index.Pages[i];
            foreach (var word in TitleWords(page.Title))
                Assert.True(index.Keys.TryGetValue(word, out var postings) && postings.Any(p => p.Page == i && SearchPlace.Section(p.Place) == 0
                    && SearchPlace.Field(p.Place) <= SearchPlace.Title), $"{page.Url}: '{word}' of its title is not a key at its top");
        }
        using var matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "matrix.json")));
        foreach (var row in matrix.RootElement.GetProperty("rows").EnumerateArray())
        {
            if (row.GetProperty("control").GetString() is { } control) AssertOwnId(index, control, "governance/controls/" + control + ".html");
            if (row.GetProperty("requirement").GetString() is { } requirement
                && pages.Contains($"governance/frameworks/{row.GetProperty("framework").GetString()}/{requirement}.html"))
                AssertOwnId(index, row.GetProperty("framework").GetString() + ":" + requirement,
                    $"governance/frameworks/{row.GetProperty("framework").GetString()}/{requirement}.html");
            foreach (var risk in row.GetProperty("risks").EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Object ? r.GetProperty("id").GetString()! : r.GetString()!))
                AssertOwnId(index, risk, "governance/risks/" + risk + ".html");
        }
    }

    private static void AssertOwnId(SearchIndexReader index, string id, string url) =>
        Assert.True(index.PlaceOf(id.ToLowerInvariant(), url) == SearchPlace.Of(0, SearchPlace.OwnId), $"{id} is not the own id of {url}");

    /// <summary>The words of a title as the index makes keys of them: runs of letters, digits, '-' and '_', trimmed of
    /// '-' and '_', two characters or more, stop words left out.</summary>
    private static IEnumerable<string> TitleWords(string title) =>
        WordRun().Matches(title.ToLowerInvariant()).Select(m => m.Value.Trim('-', '_')).Where(w => w.Length > 1 && !StopWords.English.Contains(w));

    private static void EveryHrefResolves(string folder)
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative == "404.html") continue; // its links are resolved against the site root by a script
            foreach (Match link in LinkAttribute().Matches(File.ReadAllText(file)))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.Length == 0 || href[0] == '#' || href.StartsWith("https://", StringComparison.Ordinal)
                    || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var path = href.Split('#', 2)[0].Split('?', 2)[0];
                if (path.Length == 0) continue;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                var exists = File.Exists(target) || File.Exists(Path.Combine(target, "index.html"));
                if (!exists || !target.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) broken.Add(relative + " -> " + href);
            }
        }
        Assert.Empty(broken);
    }

    private static void EveryEvidenceBadgeIsTheJudgedStatus(TempSite site, string folder, DateTimeOffset asOf)
    {
        var model = SitePipeline.CreateDefault().LoadModel(new BuildRequest(site.Root, AsOf: Stamp(asOf), Commit: GovernanceSiteSpec.Commit, WriteSite: false)).Site!;
        foreach (var item in model.Evidence.Items)
        {
            var page = File.ReadAllText(Path.Combine(folder, "evidence", item.Path + ".html"));
            var badge = LedeBadge().Match(page);
            Assert.True(badge.Success, item.Path);
            Assert.Equal(model.Evidence.StatusOf(item)?.StatusText ?? "not cited", WebUtility.HtmlDecode(badge.Groups[1].Value));
        }
    }

    private static BuildSnapshot Read(string folder) =>
        BuildFolderReader.Read(folder, out var problem) ?? throw new InvalidOperationException(problem);

    private static string Stamp(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\p{L}\p{Nd}_-]+")]
    private static partial Regex WordRun();

    [GeneratedRegex("\\s(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""<p class="lede"><span class="status-badge [^"]*">([^<]*)</span>""")]
    private static partial Regex LedeBadge();
}
