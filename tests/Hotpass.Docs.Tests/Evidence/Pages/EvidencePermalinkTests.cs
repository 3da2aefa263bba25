using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Pages;

/// <summary>Where evidence came from, as its page links it: a sidecar's <c>source_url</c>, a GitHub Actions run's URL,
/// and the commit's page under <c>repo_url</c>; and the link gate's check of their form (HPD207 at the sidecar key).</summary>
public sealed class EvidencePermalinkTests
{
    private const string Sha = "2ad1ce9b4737c8c17befeed1ac0567a11401fe72";

    private const string Run = $$"""
        {"conclusion": "success", "createdAt": "2025-11-20T09:14:05Z", "databaseId": 18875044612, "event": "push",
         "headSha": "{{Sha}}", "status": "completed", "updatedAt": "2025-11-20T09:14:25Z",
         "url": "https://github.com/hotpass-org/hotpass/actions/runs/18875044612", "workflowName": "ci"}
        """;

    private static TempSite Site(string config = "") => new TempSite()
        .File("hotpass-docs.yml", config)
        .Page("index.md", "Home")
        .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-W, title: W, cadence: weekly, evidence: [\"**\"] }\n");

    [Fact]
    public void A_run_file_links_its_run_and_its_commit_under_the_repository()
    {
        using var site = Site("repo_url: https://github.com/hotpass-org/hotpass.git\n").File("evidence/ci/run.json", Run);
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        var page = site.Read("evidence/ci/run.json.html");
        Assert.Contains("<dt>Workflow run</dt><dd><a class=\"url\" href=\"https://github.com/hotpass-org/hotpass/actions/runs/18875044612\">", page, StringComparison.Ordinal);
        Assert.Contains($"<dt>Commit</dt><dd><a href=\"https://github.com/hotpass-org/hotpass/commit/{Sha}\"><code>{Sha}</code></a></dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_source_is_linked_beside_the_runs_own_url_and_a_commit_without_a_repository_is_text()
    {
        using var site = Site().File("evidence/ci/run.json", Run)
            .File("evidence/ci/run.json.evidence.yaml", "source_url: https://ci.example.org/builds/7\n");
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        var page = site.Read("evidence/ci/run.json.html");
        Assert.Contains("<dt>Source</dt><dd><a class=\"url\" href=\"https://ci.example.org/builds/7\">", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Workflow run</dt><dd><a class=\"url\" href=\"https://github.com/hotpass-org/hotpass/actions/runs/18875044612\">", page, StringComparison.Ordinal);
        Assert.Contains($"<dt>Commit</dt><dd><code>{Sha}</code></dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_that_is_not_a_hash_is_never_made_a_link()
    {
        using var site = Site("repo_url: https://github.com/o/r\n").File("evidence/a.csv", "t\n1\n")
            .File("evidence/a.csv.evidence.yaml", "collected_at: 2025-11-22T00:00:00Z\ncommit: main/../../x\n");
        Assert.Equal("", TempSite.Lines(site.Build().Diagnostics));
        Assert.Contains("<dt>Commit</dt><dd><code>main/../../x</code></dd>", site.Read("evidence/a.csv.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "uses the 'javascript:' scheme; only https is linked")]
    [InlineData("data:text/html,<script>x</script>", "uses the 'data:' scheme; only https is linked")]
    [InlineData("http://ci.example.org/1", "uses the 'http:' scheme; only https is linked")]
    [InlineData("builds/1", "is not an absolute URL")]
    [InlineData("https://user:pw@ci.example.org/1", "carries a user name or password")]
    public void A_source_url_that_is_not_an_https_address_fails_the_gate_at_its_key(string url, string problem)
    {
        using var site = Site().File("evidence/a.csv", "t\n1\n")
            .File("evidence/a.csv.evidence.yaml", $"collected_at: 2025-11-22T00:00:00Z\nsource_url: '{url}'\n");
        var result = site.Build();
        Assert.Equal($"evidence/a.csv.evidence.yaml(2,1): error HPD207: Evidence 'a' gives source_url '{url}', which {problem}; it is not linked",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_run_files_url_of_another_scheme_is_reported_at_the_file()
    {
        using var site = Site().File("evidence/ci/run.json", Run.Replace("https://github.com", "http://github.com", StringComparison.Ordinal));
        Assert.Equal("evidence/ci/run.json: error HPD207: Evidence 'ci/run' gives run URL 'http://github.com/hotpass-org/hotpass/actions/runs/18875044612', "
            + "which uses the 'http:' scheme; only https is linked; it is not linked", TempSite.Lines(site.Build().Diagnostics));
    }
}
