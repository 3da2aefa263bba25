using Deque.AxeCore.Commons;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The assertion every accessibility test makes of an axe run: no violation of any impact (each listed with
/// its first three places), and enough rules checked to mean something.</summary>
internal static class AxeAssert
{
    public static void NoViolations(AxeResult results)
    {
        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(results.Passes.Length > 20, $"axe checked only {results.Passes.Length} rules");
    }
}
