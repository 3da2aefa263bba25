using System.Text.RegularExpressions;
using Hotpass.Docs.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Hotpass.Docs.Tests.Workflows;

/// <summary>The GitHub workflows are valid YAML, pin every action to a commit, keep the token read-only except where
/// Pages is deployed, and never run a fork's code with secrets or a write token.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows() => new(WorkflowNames());

    private static string[] WorkflowNames() => [.. Directory.GetFiles(WorkflowFolder, "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string WorkflowFolder => Path.Combine(RepoPaths.Root, ".github", "workflows");

    private static YamlMappingNode Load(string name)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(WorkflowFolder, name));
        yaml.Load(reader);
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    [Fact]
    public void Both_workflows_exist() => Assert.Equal(["docs.yml", "preview.yml"], WorkflowNames());

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_full_commit_sha(string name)
    {
        var uses = Descendants(Load(name)).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children).Where(kv => kv.Key is YamlScalarNode { Value: "uses" }).Select(kv => ((YamlScalarNode)kv.Value).Value!).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(PinnedAction(), u));
        // The comment says which release the SHA is, for the reader and for update tools.
        var lines = File.ReadAllLines(Path.Combine(WorkflowFolder, name)).Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)).ToList();
        Assert.Equal(uses.Count, lines.Count);
        Assert.All(lines, l => Assert.Matches(VersionComment(), l));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_token_is_read_only_at_the_top_and_written_only_by_the_deploy_job(string name)
    {
        var workflow = Load(name);
        var top = Assert.IsType<YamlMappingNode>(workflow["permissions"]);
        Assert.Equal(["contents=read"], Permissions(top));
        foreach (var (job, node) in Jobs(workflow))
        {
            if (!node.Children.TryGetValue("permissions", out var permissions)) continue;
            var granted = Permissions((YamlMappingNode)permissions);
            if (name == "docs.yml" && job == "deploy")
                Assert.Equal(["attestations=write", "contents=read", "id-token=write", "pages=write"], granted);
            else
                Assert.All(granted, p => Assert.EndsWith("=read", p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_deploy_job_signs_the_statement_the_build_wrote_before_publishing_it()
    {
        var deploy = Jobs(Load("docs.yml")).Single(j => j.Name == "deploy").Node;
        var steps = ((YamlSequenceNode)deploy["steps"]).Children.Cast<YamlMappingNode>().ToList();
        int Index(string uses) => steps.FindIndex(s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith(uses, StringComparison.Ordinal));
        var attest = Index("actions/attest@");
        Assert.True(attest > 0 && attest < Index("actions/upload-pages-artifact@"), "actions/attest runs before the site is uploaded");
        var with = (YamlMappingNode)steps[attest]["with"];
        Assert.Contains("site.sha256", with["subject-checksums"].ToString(), StringComparison.Ordinal);
        Assert.Contains(steps, s => s.Children.TryGetValue("run", out var run) && run.ToString().Contains("site.intoto.json", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_workflow_runs_on_pull_request_target(string name)
    {
        var on = Load(name)["on"];
        var triggers = on switch
        {
            YamlMappingNode map => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!),
            YamlSequenceNode list => list.Children.Select(k => ((YamlScalarNode)k).Value!),
            _ => [((YamlScalarNode)on).Value!],
        };
        Assert.DoesNotContain("pull_request_target", triggers);
        var code = File.ReadAllLines(Path.Combine(WorkflowFolder, name)).Select(l => l.Split('#', 2)[0]);
        Assert.DoesNotContain(code, l => l.Contains("pull_request_target", StringComparison.Ordinal));
    }

    [Fact]
    public void The_preview_uses_no_secrets_and_runs_on_pull_requests()
    {
        var text = File.ReadAllText(Path.Combine(WorkflowFolder, "preview.yml"));
        Assert.DoesNotContain("secrets.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("github.token", text, StringComparison.Ordinal);
        Assert.Equal(["pull_request"], ((YamlMappingNode)Load("preview.yml")["on"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Pull_request_text_reaches_scripts_only_through_env(string name)
    {
        var scripts = Descendants(Load(name)).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children).Where(kv => kv.Key is YamlScalarNode { Value: "run" }).Select(kv => ((YamlScalarNode)kv.Value).Value!);
        Assert.All(scripts, s => Assert.DoesNotContain("${{", s, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_tool_is_installed_the_way_the_readme_says(string name)
    {
        var text = File.ReadAllText(Path.Combine(WorkflowFolder, name));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var command in new[] { "dotnet pack generator/Hotpass.Docs.Cli -c Release -o ./nupkg", "dotnet tool install --tool-path ./.tools --add-source ./nupkg Hotpass.Docs.Cli" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
            Assert.Contains(command, readme, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Name, YamlMappingNode Node)> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value));

    private static List<string> Permissions(YamlMappingNode node) =>
        [.. node.Children.Select(kv => $"{((YamlScalarNode)kv.Key).Value}={((YamlScalarNode)kv.Value).Value}").Order(StringComparer.Ordinal)];

    private static IEnumerable<YamlNode> Descendants(YamlNode node) => node.AllNodes;

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex("@[0-9a-f]{40} # v[0-9]+(\\.[0-9]+)*$")]
    private static partial Regex VersionComment();
}
