using System.CommandLine;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model.Review;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs review accept [ID…]</c> records the fingerprints of the site's control and risk
/// declarations (all, or the named ones) in <c>governance.lock.json</c>; <c>review status</c> lists what is suspect.
/// Both read the declarations as a build does; evidence problems do not stop an acceptance, configuration errors do.</summary>
public static class ReviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("review", "Review changed control and risk declarations: list the suspect ones, or accept them into governance.lock.json.");
        command.Subcommands.Add(Accept(output, error));
        command.Subcommands.Add(Status(output, error));
        return command;
    }

    private static Command Accept(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var ids = new Argument<string[]>("ID") { Description = "Control or risk ids to accept; none accepts every declaration.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("accept", "Record the named controls' and risks' declarations (all of them when none is named) as reviewed, in governance.lock.json at the site root.");
        command.Options.Add(gates.Root);
        command.Arguments.Add(ids);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(gates.Root)!;
            var run = Load(root, error);
            if (run.Site is not { } site) return run.ExitCode;
            var named = (parse.GetValue(ids) ?? []).ToHashSet(StringComparer.Ordinal);
            var unknown = named.Where(id => site.Governance.FindControl(id) is null && site.Governance.FindRisk(id) is null).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
                return CommandLineApp.Usage(error, $"review accept: no control or risk is declared with id {string.Join(", ", unknown.Select(u => "'" + u + "'"))}");
            var before = ReviewLockFile.Read(root, new DiagnosticBag()) ?? ReviewLock.Empty;
            var after = before.Accept(site.Governance, named);
            File.WriteAllBytes(Path.Combine(root, ReviewLock.FileName), ReviewLockFile.Bytes(after));
            var accepted = named.Count == 0 ? site.Governance.Controls.Count + site.Governance.Risks.Count : named.Count;
            output.WriteLine($"hotpass-docs review: accepted {accepted} declaration{(accepted == 1 ? "" : "s")}; wrote {ReviewLock.FileName} ({after.Controls.Count} controls, {after.Risks.Count} risks); commit it");
            return 0;
        });
        return command;
    }

    private static Command Status(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var command = new Command("status", "List the controls and risks whose declarations changed since they were last accepted in review.");
        command.Options.Add(gates.Root);
        command.SetAction(parse =>
        {
            var run = Load(parse.GetValue(gates.Root)!, error);
            if (run.Site is not { } site) return run.ExitCode;
            var review = site.Evidence.Review;
            if (!review.Tracked)
            {
                output.WriteLine($"hotpass-docs review: not tracked: no {ReviewLock.FileName}; run hotpass-docs review accept to start");
                return 0;
            }
            foreach (var (id, why) in review.SuspectRisks.Concat(review.SuspectControls).OrderBy(p => p.Key, StringComparer.Ordinal))
                output.WriteLine($"suspect {id}: {why}");
            var count = review.SuspectRisks.Count + review.SuspectControls.Count;
            output.WriteLine(count == 0 ? "hotpass-docs review: nothing is suspect" : $"hotpass-docs review: {count} suspect; accept with hotpass-docs review accept ID…");
            return 0;
        });
        return command;
    }

    /// <summary>The model as a build makes it; null site (and the exit code) when configuration errors stop it.</summary>
    private static ModelResult Load(string root, TextWriter error)
    {
        var run = SitePipeline.CreateDefault().LoadModel(new BuildRequest(root, WriteSite: false));
        if (run.ExitCode == CommandLineApp.UsageError || run.Site is null)
        {
            foreach (var problem in run.Diagnostics.Where(d => d.Severity == Severity.Error)) error.WriteLine(problem.ToString());
            return run with { Site = null, ExitCode = CommandLineApp.UsageError };
        }
        return run;
    }
}
