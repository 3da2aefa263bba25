using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Diagnostics;

/// <summary>The published catalogue of codes is generated from <see cref="DiagnosticCodes.All"/> and cannot drift from it.</summary>
public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void The_shipped_page_is_the_generated_catalogue()
    {
        var path = Path.Combine(RepoPaths.Root, DiagnosticCatalogue.ShippedPath);
        var generated = DiagnosticCatalogue.Markdown(DiagnosticCodes.All);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        var shipped = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        Assert.True(shipped == generated,
            $"{DiagnosticCatalogue.ShippedPath} is not the catalogue DiagnosticCodes.All generates (a code was added or changed). " +
            "Regenerate it with: UPDATE_GOLDEN=1 dotnet test Hotpass.Docs.sln --filter DiagnosticCatalogueTests");
    }

    [Fact]
    public void Every_code_says_what_to_do()
    {
        Assert.Empty(DiagnosticCodes.All.Where(d => string.IsNullOrWhiteSpace(d.Help)).Select(d => d.Code));
    }

    [Fact]
    public void A_code_is_listed_under_its_area_with_severity_exit_class_lock_message_and_help_and_none_is_dropped()
    {
        DiagnosticDescriptor[] codes =
        [
            new("HPD005", Severity.Error, "Unsafe output folder", "Output folder '{0}' {1}", ExitClass.Configuration, Locked: true,
                Help: "Choose another folder."),
            new("HPD110", Severity.Warning, "Bad *byte*", "Byte 0x{0:X2} in `{1}`", Help: "Save as <UTF-8>."),
            new("XYZ001", Severity.Info, "Elsewhere", "Noted"),
        ];

        var page = DiagnosticCatalogue.Markdown(codes);

        var body = page[page.IndexOf("\n## ", StringComparison.Ordinal)..];
        Assert.Equal("""

            ## Configuration (HPD0xx)

            ### HPD005: Unsafe output folder

            - Severity: error (locked)
            - Exit code when it is an error: 2 (the configuration cannot be used; nothing is judged)
            - Message: `Output folder '…' …`
            - What to do: Choose another folder.

            ## Pages and front matter (HPD1xx)

            ### HPD110: Bad \*byte\*

            - Severity: warning (can be changed)
            - Exit code when it is an error: 1 (a gate failed)
            - Message: `` Byte 0x… in `…` ``
            - What to do: Save as \<UTF-8\>.

            ## Other codes

            ### XYZ001: Elsewhere

            - Severity: info (can be changed)
            - Exit code when it is an error: 1 (a gate failed)
            - Message: `Noted`
            - What to do: *no advice is written for this code yet*

            """.Replace("\r\n", "\n", StringComparison.Ordinal), body);
    }

    [Fact]
    public void The_page_is_a_reference_page_with_front_matter()
    {
        var page = DiagnosticCatalogue.Markdown(DiagnosticCodes.All);
        Assert.StartsWith("---\ntitle: Diagnostic codes\n", page, StringComparison.Ordinal);
        Assert.Contains("\ntype: reference\n", page, StringComparison.Ordinal);
        foreach (var code in DiagnosticCodes.All)
            Assert.Contains($"\n### {code.Code}: ", page, StringComparison.Ordinal);
    }
}
