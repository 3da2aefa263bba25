using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance.Frameworks;

/// <summary>The site's catalogue folder is listed with the policy of every other input folder: a symbolic link in it is
/// not followed (HPD113), so a catalogue outside the root is never read, and a named pipe is refused (HPD130) instead
/// of blocking the build.</summary>
public sealed class FrameworkFolderPolicyTests
{
    private const string Secret = "OUTSIDE-THE-ROOT-c41e";

    [Fact]
    public void A_linked_catalogue_leading_outside_the_root_is_not_followed_and_nothing_from_it_is_published()
    {
        using var site = GovernanceSite.Create();
        var outside = site.Root + "-outside";
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "leak.yaml"), $"id: LEAK\ntitle: Leak\nrequirements:\n  - {{ id: R1, title: {Secret} }}\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "frameworks", "leak.yaml"), Path.Combine(outside, "leak.yaml"));

            var run = SiteModelLoader.Run(site.Root);
            Assert.Equal("frameworks/leak.yaml: warning HPD113: Symbolic link was not followed: leak.yaml", TempSite.Lines(run.Diagnostics));
            Assert.DoesNotContain(run.Site!.Governance.Frameworks, f => f.Id == "LEAK");
            Assert.Contains(run.Site.Governance.Frameworks, f => f.Id == "DEMO");

            Assert.Equal(0, site.Build().ExitCode);
            Assert.False(site.AnyOutputHolds(Secret));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [SkippableFact]
    public void A_named_pipe_among_the_catalogues_is_refused_instead_of_blocking_the_build()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using var site = GovernanceSite.Create();
        SpecialFiles.Fifo(Path.Combine(site.Root, "frameworks", "pipe.yaml"));

        var result = SpecialFiles.WithinSeconds(60, () => site.Build(write: false));

        Assert.Equal("frameworks/pipe.yaml: error HPD130: 'pipe.yaml' is a named pipe (FIFO), not a regular file; it was not read",
            TempSite.Lines(result.Diagnostics));
    }
}
