using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Tests.Diagnostics.Formatting;

/// <summary>SARIF rule names are ASCII PascalCase identifiers made from the descriptor titles.</summary>
public sealed class SarifRuleNameTests
{
    [Theory]
    [InlineData("Invalid configuration", "InvalidConfiguration")]
    [InlineData("Unknown Diátaxis type", "UnknownDiataxisType")]
    [InlineData("Front matter is not a mapping", "FrontMatterIsNotAMapping")]
    [InlineData("Invalid UTF-8", "InvalidUTF8")]
    [InlineData("YAML too complex", "YAMLTooComplex")]
    [InlineData("Output not written (again!)", "OutputNotWrittenAgain")]
    [InlineData("  naïve   café-crème ", "NaiveCafeCreme")]
    [InlineData("404 page missing", "_404PageMissing")]
    public void A_title_becomes_a_pascal_case_identifier(string title, string expected) =>
        Assert.Equal(expected, SarifRuleName.FromTitle(title));

    [Fact]
    public void Every_rule_name_in_the_catalogue_is_an_ascii_identifier()
    {
        foreach (var code in DiagnosticCodes.All)
            Assert.Matches("^[A-Z_][A-Za-z0-9]*$", SarifRuleName.FromTitle(code.Title));
    }

    [Fact]
    public void The_sarif_log_names_each_rule()
    {
        using var text = new StringWriter();
        SarifDiagnostics.Write(text, []);
        Assert.Contains("\"id\": \"HPD105\",\n", text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"name\": \"UnknownDiataxisType\"", text.ToString(), StringComparison.Ordinal);
    }
}
