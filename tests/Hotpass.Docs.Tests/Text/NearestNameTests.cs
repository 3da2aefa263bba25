using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Text;

/// <summary>"Did you mean …?": the nearest candidate within the edit budget, ties broken by ordinal order.</summary>
public sealed class NearestNameTests
{
    [Theory]
    [InlineData("PO.9", 1, "PO.1")]
    [InlineData("NIST-SSD", 1, "NIST-SSDF")]
    [InlineData("SAMMM", 1, "SAMM")]
    [InlineData("XYZ", 1, null)]
    [InlineData("NIST", 2, null)]
    [InlineData("NIST", 3, "SLSA")]
    [InlineData("NIST-SS", 2, "NIST-SSDF")]
    public void Finds_the_nearest_within_the_budget(string name, int max, string? expected) =>
        Assert.Equal(expected, NearestName.Find(name, ["PO.1", "PO.2", "NIST-SSDF", "SAMM", "SLSA"], max));
}
