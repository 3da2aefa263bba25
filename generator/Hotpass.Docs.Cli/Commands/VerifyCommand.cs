using System.CommandLine;
using Hotpass.Docs.Verify;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs verify SITE</c>: checks a published site, or an archive of one, against its own manifests
/// and statement, offline and with no source tree. Exit 0 when every file matches, 1 on any difference, 2 when SITE
/// is not a build (or the attestation holds no site statement).</summary>
public static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new Argument<string>("SITE") { Description = "The published site: its folder, or a .zip, .tar or .tar.gz of it." };
        var attestation = new Option<string?>("--attestation")
        {
            Description = "An in-toto statement of the site to check too: bare, a DSSE envelope, a Sigstore bundle or the JSON Lines "
                + "'gh attestation download' writes. Its signature is Sigstore's to check ('gh attestation verify').",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("verify", "Check every file of a published site against manifest.json, every evidence copy against "
            + "evidence-manifest.json, and the site's in-toto statement against the files, offline. A changed, missing or extra file is "
            + "reported with its path and both digests. Exit 0: verified; 1: a difference; 2: SITE is not a build.")
        {
            site, attestation, format,
        };
        command.SetAction(parse =>
        {
            var report = SiteVerifier.Verify(parse.GetValue(site)!, parse.GetValue(attestation), out var problem);
            if (report is null)
            {
                error.WriteLine($"hotpass-docs verify: {problem}");
                return CommandLineApp.UsageError;
            }
            if (parse.GetValue(format) == "json") VerifyText.WriteJson(output, report);
            else VerifyText.Write(output, report);
            return report.Verified ? 0 : 1;
        });
        return command;
    }
}
