using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Every failure the site fuzzer has found, kept as a named case with the input it found.</summary>
public sealed class FuzzRegressionTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.TestProject, "Fixtures", "fuzz", name);

    /// <summary>Seeds 11HC6U41hDz1 and 4UVl9ReHitW1: mutated tutorials whose json/bash code blocks made the old
    /// highlighter's (ColorCode's) regular expressions backtrack for minutes; today's scanners are linear (see
    /// Render/Highlight/Scanning/ScannerPropertyTests).</summary>
    [Theory]
    [InlineData("highlighter-backtracking.md")]
    [InlineData("highlighter-backtracking-2.md")]
    public void A_code_block_that_makes_the_highlighter_backtrack_renders_within_budget(string fixture)
    {
        using var site = new TempSite();
        site.File("content/tutorials/page.md", File.ReadAllText(Fixture(fixture)));
        var result = SpecialFiles.WithinSeconds(20, () => site.Build(write: false));
        Assert.Contains(result.ExitCode, (int[])[0, 1]);
    }
}
