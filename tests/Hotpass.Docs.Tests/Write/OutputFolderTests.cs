using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Write;

/// <summary>The tool replaces only an output folder it made (or an empty one), a swap can be recovered at every
/// instant, and safety codes cannot be switched off.</summary>
public sealed class OutputFolderTests
{
    private static BuildResult Build(TempSite site, string? outDir = null, bool force = false) =>
        SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, OutDir: outDir, AsOf: "2025-11-23T00:00:00Z", Force: force));

    private static TempSite SmallSite() => new TempSite().Page("index.md", "Home").Page("how-to/a.md", "A");

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_and_left_untouched()
    {
        using var site = SmallSite();
        var reports = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "q3.txt"), "numbers");
        try
        {
            site.File("hotpass-docs.yml", $"out: ../{Path.GetFileName(reports)}\n");
            var result = Build(site);
            Assert.Equal(2, result.ExitCode);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("HPD020", d.Code);
            Assert.Contains("was not made by hotpass-docs", d.Message, StringComparison.Ordinal);
            Assert.Equal(["q3.txt"], Directory.GetFileSystemEntries(reports).Select(Path.GetFileName));
            Assert.Equal("numbers", File.ReadAllText(Path.Combine(reports, "q3.txt")));
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    [Fact]
    public void Force_says_yes_to_replacing_a_foreign_folder()
    {
        using var site = SmallSite();
        site.File("_site/notes.txt", "mine");
        Assert.Equal(2, Build(site).ExitCode);
        var result = Build(site, force: true);
        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.OutDir, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(site.OutDir, "index.html")));
    }

    [Fact]
    public void Out_force_in_the_configuration_says_yes_too()
    {
        using var site = SmallSite();
        site.File("_site/notes.txt", "mine").File("hotpass-docs.yml", "out_force: true\n");
        Assert.Equal(0, Build(site).ExitCode);
    }

    [Fact]
    public void The_output_of_a_build_without_a_manifest_is_not_ours()
    {
        using var site = SmallSite();
        site.File("_site/index.html", "<p>built by an older tool, or by hand</p>");
        var result = Build(site);
        Assert.Equal("HPD020", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("<p>built by an older tool, or by hand</p>", site.Read("index.html"));
    }

    [Theory]
    [InlineData("{\"generator\": \"someone-else\"}")]
    [InlineData("[\"hotpass-docs\"]")]
    [InlineData("{\"generator\": \"hotpass-docs\"")]
    [InlineData("{\"generator\": [\"hotpass-docs\"]}")]
    public void A_manifest_that_does_not_name_this_tool_is_not_ours(string manifest)
    {
        using var site = SmallSite();
        site.File("_site/manifest.json", manifest);
        Assert.Equal("HPD020", Assert.Single(Build(site).Diagnostics).Code);
    }

    [Fact]
    public void An_empty_folder_and_the_tools_own_output_are_replaced()
    {
        using var site = SmallSite();
        Directory.CreateDirectory(site.OutDir);
        Assert.Equal(0, Build(site).ExitCode);
        Assert.True(OutputOwnership.IsOurs(site.OutDir));
        site.Page("how-to/b.md", "B");
        Assert.Equal(0, Build(site).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.OutDir, "how-to/b.html")));
    }

    [Fact]
    public void A_fuller_manifest_written_by_the_build_is_recognised()
    {
        using var site = SmallSite();
        site.File("_site/manifest.json", "{\"generator\": \"hotpass-docs\", \"version\": 1, \"outputs\": [{\"path\": \"index.html\"}]}");
        Assert.Equal(0, Build(site).ExitCode);
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("out:")]
    public void A_trailing_slash_on_the_output_folder_works(string how)
    {
        using var site = SmallSite();
        if (how == "out:") site.File("hotpass-docs.yml", "out: _site/\n");
        for (var i = 0; i < 2; i++)
        {
            var result = Build(site, how == "--out" ? Path.Combine(site.Root, "_site") + "/" : null);
            Assert.Equal("", TempSite.Lines(result.Diagnostics));
            Assert.Equal(0, result.ExitCode);
        }
        Assert.True(File.Exists(Path.Combine(site.OutDir, "how-to/a.html")));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.Root), e => Path.GetFileName(e).StartsWith('.'));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.OutDir), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void None_cannot_switch_off_the_guard_on_the_site_root()
    {
        using var site = SmallSite();
        site.File("hotpass-docs.yml", "out: .\ndiagnostics: { HPD005: none, HPD006: none, HPD020: none }\n");
        var result = Build(site);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD005");
        Assert.True(File.Exists(Path.Combine(site.Root, "content/how-to/a.md")));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("warning")]
    [InlineData("info")]
    public void A_duplicate_output_cannot_be_downgraded_into_a_partial_site(string severity)
    {
        using var site = SmallSite();
        Assert.Equal(0, Build(site).ExitCode);
        var before = site.Read("how-to/a.html");
        site.File("hotpass-docs.yml", $"diagnostics: {{ HPD006: {severity}, HPD115: {severity} }}\n")
            .File("content/how-to/a.html", "<p>clash</p>");
        var result = Build(site);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD115" && d.Severity == Hotpass.Docs.Diagnostics.Severity.Error);
        Assert.Equal(before, site.Read("how-to/a.html"));
    }

    [Fact]
    public void A_kill_between_the_renames_is_finished_by_the_next_build()
    {
        using var site = SmallSite();
        Assert.Equal(0, Build(site).ExitCode);
        // The state a SIGKILL leaves after "old site aside" and before "new site in": no _site at all.
        const int deadPid = 4_194_305; // above Linux's largest pid_max (2^22), so never a live process
        var old = SwapRecovery.OldDir(site.OutDir, deadPid);
        var staging = SwapRecovery.StagingDir(site.OutDir, deadPid);
        Directory.Move(site.OutDir, old);
        CopyTree(old, staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "new site");

        var recovered = SwapRecovery.Recover(site.OutDir);

        Assert.Equal(
            [$"finished the swap of killed build {deadPid} (its complete new site moved into place)",
             $"deleted the previous site left aside by killed build {deadPid}"], recovered);
        Assert.Equal("new site", site.Read("index.html"));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void An_old_site_moved_aside_with_no_staging_is_put_back_by_the_next_build()
    {
        using var site = SmallSite();
        Assert.Equal(0, Build(site).ExitCode);
        var before = site.Read("how-to/a.html");
        const int deadPid = 4_194_306;
        Directory.Move(site.OutDir, SwapRecovery.OldDir(site.OutDir, deadPid));
        site.Page("how-to/a.md", "A", "[broken](missing.md\n", "type: cookbook\n");

        var result = Build(site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD022" && d.Message.Contains("put back the previous site", StringComparison.Ordinal));
        Assert.Equal(before, site.Read("how-to/a.html")); // the failed build left the restored site as it was
    }

    [Fact]
    public void Staging_folders_of_dead_processes_are_swept_and_live_ones_left()
    {
        using var site = SmallSite();
        const int deadPid = 4_194_307;
        var dead = SwapRecovery.StagingDir(site.OutDir, deadPid);
        var live = SwapRecovery.StagingDir(site.OutDir, 4242);
        Directory.CreateDirectory(dead);
        Directory.CreateDirectory(live);

        var actions = SwapRecovery.Recover(site.OutDir, isAlive: pid => pid == 4242);

        Assert.Equal([$"deleted the unfinished staging folder of killed build {deadPid}"], actions);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
        Assert.False(Directory.Exists(site.OutDir)); // an unfinished staging folder is never promoted
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_previous_site_that_cannot_be_deleted_is_a_warning_naming_it()
    {
        using var site = SmallSite();
        site.File("content/locked/keep.txt", "x");
        Assert.Equal(0, Build(site).ExitCode);
        var lockedFile = Path.Combine(site.OutDir, "locked/keep.txt");
        var old = SwapRecovery.OldDir(site.OutDir, Environment.ProcessId);
        using (new Undeletable(lockedFile))
        {
            try
            {
                var result = Build(site);
                Assert.Equal(0, result.ExitCode);
                var d = Assert.Single(result.Diagnostics);
                Assert.Equal("HPD021", d.Code);
                Assert.Equal(Hotpass.Docs.Diagnostics.Severity.Warning, d.Severity);
                Assert.Contains(old, d.Message, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(site.OutDir, "how-to/a.html")));
            }
            finally
            {
                Undeletable.Release(Path.Combine(old, "locked/keep.txt"));
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
