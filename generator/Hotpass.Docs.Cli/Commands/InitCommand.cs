using System.CommandLine;
using System.Reflection;
using Hotpass.Docs.Cli.Init;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs init [--governance] [DIR]</c>: writes a new site that builds green at once.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "Folder for the new site (created if missing; must be empty unless --force).", DefaultValueFactory = _ => "." };
        var governance = new Option<bool>("--governance") { Description = "Add a risk, a control, a JUnit test report as its evidence (with a sidecar) and the governance section." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty; a file that exists is kept, never overwritten, and nothing is deleted." };
        var title = new Option<string>("--title") { Description = "The site's title.", DefaultValueFactory = _ => "Documentation", HelpName = "TEXT" };
        var command = new Command("init", "Write a new docs site (a page per Diátaxis section, hotpass-docs.yml with its schema, a GitHub workflow) that builds green at once.")
        {
            folder, governance, force, title,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (dir.Length == 0 || dir.Contains('\0', StringComparison.Ordinal)) return CommandLineApp.Usage(error, "DIR must name a folder");
            var text = parse.GetValue(title)!;
            if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsControl)) return CommandLineApp.Usage(error, "--title must be text on one line");
            var files = Scaffold.Files(parse.GetValue(governance), YamlText(text), DateTimeOffset.UtcNow, ToolVersion());
            var outcome = SiteInitializer.Write(dir, files, parse.GetValue(force));
            if (outcome.Refusal is { } refusal)
            {
                DiagnosticWriter.Write(error, [refusal], DiagnosticFormat.Text);
                return CommandLineApp.UsageError;
            }
            var full = Path.GetFullPath(dir);
            foreach (var path in outcome.Written) output.WriteLine($"  wrote {path}");
            foreach (var path in outcome.Kept) output.WriteLine($"  kept  {path} (it exists; not overwritten)");
            output.WriteLine($"hotpass-docs init: a new site in {full} ({outcome.Written.Count} files written, {outcome.Kept.Count} kept).");
            output.WriteLine("Next: hotpass-docs serve --root " + Quote(dir) + "   (or: hotpass-docs build --root " + Quote(dir) + ")");
            return 0;
        });
        return command;
    }

    /// <summary>The version the new site's workflow installs: this tool's, without build metadata (NuGet ignores it).</summary>
    internal static string ToolVersion()
    {
        var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
        return version.Split('+')[0];
    }

    /// <summary>A title as a YAML scalar that reads back as the same text, whatever it holds (a colon, a '#', quotes).</summary>
    private static string YamlText(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Quote(string path) => path.Any(c => c is ' ' or '\'' or '"' or '$' or '`' or '\\') ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : path;
}
