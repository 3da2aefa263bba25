using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary><c>hotpass-docs evidence</c>: what a user sees for good and bad files.</summary>
public sealed class EvidenceCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Text_output_names_kind_format_hash_time_and_facts()
    {
        var path = Path.Combine(RepoPaths.Root, "evidence", "ci", "runs", "commitlint-18875044612.json");
        var (exit, output, error) = Run("evidence", path);
        Assert.Equal((0, ""), (exit, error));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Contains("  kind:         CiRun\n  format:       GitHub Actions run JSON gh run view\n  sha256:       " + hash, output, StringComparison.Ordinal);
        Assert.Contains("  collected_at: 2025-10-28T09:14:25Z\n", output, StringComparison.Ordinal);
        Assert.Contains("  conclusion: success\n", output, StringComparison.Ordinal);
        Assert.Contains("  duration_seconds: 20\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_an_array_with_facts_and_a_sidecar_applied()
    {
        var path = Path.Combine(RepoPaths.Root, "evidence", "audit", "export-access-2025-11.csv");
        var (exit, output, _) = Run("evidence", path, "--format", "json");
        Assert.Equal(0, exit);
        var item = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        Assert.Equal("export-access-2025-11", item.GetProperty("id").GetString());
        Assert.Equal("Other", item.GetProperty("kind").GetString());
        Assert.Equal("2025-11-20T23:59:00Z", item.GetProperty("collected_at").GetString());
    }

    [Fact]
    public void Bad_files_give_diagnostics_on_standard_error_and_exit_one()
    {
        using var site = new TempSite();
        site.File("empty.xml", "").File("notime.xml", "<testsuites><testsuite><testcase name=\"a\"/></testsuite></testsuites>");
        var empty = Path.Combine(site.Root, "empty.xml").Replace('\\', '/');
        var notime = Path.Combine(site.Root, "notime.xml").Replace('\\', '/');
        var (exit, output, error) = Run("evidence", empty, notime);
        Assert.Equal(1, exit);
        Assert.Contains("  tests_total: 1\n", output, StringComparison.Ordinal);
        Assert.Equal(
            $"{empty}: error HPD402: Evidence file is empty (0 bytes)\n" +
            $"{notime}: error HPD409: JUnit XML evidence carries no time of its own and has no sidecar collected_at; its age cannot be judged\n",
            error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The id printed is the id the build gives the file (read from the evidence manifest the build wrote),
    /// not one made from the command line's spelling of the path.</summary>
    [Fact]
    public void A_file_in_the_sites_evidence_folder_gets_the_id_a_build_gives_it()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "evidence: { dir: proof }\n")
            .Page("index.md", "Home")
            .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-A, title: A, cadence: monthly, evidence: [\"ci/*\"] }\n")
            .File("proof/ci/unit-tests.xml", "<testsuites><testsuite name=\"s\" timestamp=\"2025-11-20T10:00:00\"><testcase name=\"a\"/></testsuite></testsuites>");
        Assert.Equal(0, site.Build().ExitCode);
        using var manifest = JsonDocument.Parse(site.Read("evidence-manifest.json"));
        var built = manifest.RootElement.GetProperty("files").EnumerateArray().Single().GetProperty("id").GetString();

        var (exit, output, error) = Run("evidence", Path.Combine(site.Root, "proof", "ci", "unit-tests.xml"), "--root", site.Root, "--format", "json");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal("ci/unit-tests", built);
        Assert.Equal(built, JsonDocument.Parse(output).RootElement.EnumerateArray().Single().GetProperty("id").GetString());
    }

    /// <summary>Opening a named pipe blocks until something writes to it: the command refuses one, as the build does in
    /// the evidence folder (HPD130), and a file that is not a file is a usage error (exit 2), so it never waits.</summary>
    [SkippableTheory]
    [InlineData("pipe")]
    [InlineData("link to a pipe")]
    [InlineData("folder")]
    public void A_path_that_is_not_a_regular_file_is_refused_with_exit_two_instead_of_blocking(string what)
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using var site = new TempSite();
        var path = Path.Combine(site.Root, "report.xml");
        var kind = what == "folder" ? "folder" : "named pipe (FIFO)";
        if (what == "folder") Directory.CreateDirectory(path);
        else SpecialFiles.Fifo(Path.Combine(site.Root, "pipe"));
        if (what == "pipe") File.Move(Path.Combine(site.Root, "pipe"), path);
        if (what == "link to a pipe") File.CreateSymbolicLink(path, Path.Combine(site.Root, "pipe"));

        var (exit, output, error) = SpecialFiles.WithinSeconds(60, () => Run("evidence", path));

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"{path}: error HPD130: '{path}' is a {kind}, not a regular file; it was not read\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_sidecar_that_is_a_named_pipe_is_refused_and_the_file_read_without_it()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using var site = new TempSite();
        site.File("t.xml", "<testsuites><testsuite timestamp=\"2025-11-20T10:00:00\"><testcase name=\"a\"/></testsuite></testsuites>");
        var path = Path.Combine(site.Root, "t.xml");
        SpecialFiles.Fifo(path + ".evidence.yaml");

        var (exit, output, error) = SpecialFiles.WithinSeconds(60, () => Run("evidence", path));

        Assert.Equal(2, exit);
        Assert.Contains("  tests_total: 1\n", output, StringComparison.Ordinal);
        Assert.Equal($"{path}.evidence.yaml: error HPD130: '{path}.evidence.yaml' is a named pipe (FIFO), not a regular file; it was not read\n",
            error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_matches_its_golden_file()
    {
        var (exit, output, _) = Run("evidence", "--help");
        Assert.Equal(0, exit);
        Golden.Verify("cli/evidence.help.txt", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
