using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Text;
using Hotpass.Docs.Load.Evidence.Sidecar;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs evidence FILE...</c>: prints what the evidence readers draw from files (kind, format, hash,
/// time, facts), with the same diagnostics a build would give them.</summary>
public static class EvidenceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Evidence files to read; a FILE.evidence.yaml beside one is its sidecar.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "How the items are printed.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var root = new Option<string>("--root") { Description = "Site root whose evidence folder names the files' ids, as a build names them.", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var command = new Command("evidence", "Read evidence files and print their kind, format, SHA-256, time and facts.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(root);
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(root)!, parse.GetValue(format) == "json", output, error));
        return command;
    }

    /// <returns>2 when a path named is not a regular file (it is refused, never opened: a named pipe would block), else
    /// 1 when a file gave an error, else 0.</returns>
    private static int Run(string[] files, string root, bool json, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var evidenceDir = EvidenceFolder(root);
        var paths = files.Select(f => f.Replace('\\', '/')).ToList();
        var refused = false;
        bool Refused(string path)
        {
            if (FileKind.NotRegularTarget(path) is not { } kind) return false;
            diagnostics.Report(DiagnosticCodes.NotRegularFile, SourceLocation.File(path), path, kind);
            return refused = true;
        }
        var items = paths
            .Where(p => !(p.EndsWith(EvidenceSidecar.Suffix, StringComparison.Ordinal) && paths.Contains(p[..^EvidenceSidecar.Suffix.Length])))
            .Select(p =>
            {
                if (Refused(p)) return null;
                var sidecarPath = p + EvidenceSidecar.Suffix;
                var sidecar = File.Exists(sidecarPath) && !Refused(sidecarPath) ? SidecarReader.Read(sidecarPath, sidecarPath, diagnostics) : null;
                var (evidencePath, sourcePath) = evidenceDir.Locate(p);
                return EvidenceFileReader.Read(p, evidencePath, sourcePath, sidecar, diagnostics);
            })
            .OfType<EvidenceItem>()
            .ToList();
        if (json) JsonText.Write(output, w => WriteJson(w, items));
        else foreach (var item in items) WriteText(output, item);
        var sorted = diagnostics.ToSortedList();
        DiagnosticWriter.Write(error, sorted, DiagnosticFormat.Text);
        return refused ? CommandLineApp.UsageError : sorted.Any(d => d.Severity == Severity.Error) ? 1 : 0;
    }

    /// <summary>The site's evidence folder, as its configuration names it (its problems are the build's to report).</summary>
    private static EvidenceFolder EvidenceFolder(string root)
    {
        var full = Path.GetFullPath(root);
        var config = Directory.Exists(full) ? SiteConfigReader.Read(full, new DiagnosticBag()) : new SiteConfig();
        return new EvidenceFolder(Path.Combine(full, config.Evidence.Dir), config.Evidence.Dir);
    }

    private static void WriteText(TextWriter output, EvidenceItem item)
    {
        output.WriteLine(item.Path);
        output.WriteLine($"  id:           {item.Id}");
        output.WriteLine($"  kind:         {item.Kind}");
        output.WriteLine($"  format:       {item.Format}");
        output.WriteLine($"  sha256:       {item.Sha256}");
        output.WriteLine($"  size:         {item.Size.ToString(CultureInfo.InvariantCulture)} bytes");
        output.WriteLine($"  collected_at: {Time(item.CollectedAt) ?? "(none)"}");
        if (item.Commit is not null) output.WriteLine($"  commit:       {item.Commit}");
        if (item.SourceUrl is not null) output.WriteLine($"  source_url:   {item.SourceUrl}");
        if (item.Title is not null) output.WriteLine($"  title:        {item.Title}");
        foreach (var (name, value) in item.FactValues) output.WriteLine($"  {name}: {value}");
    }

    private static void WriteJson(Utf8JsonWriter w, IReadOnlyList<EvidenceItem> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("path", item.Path);
            w.WriteString("kind", item.Kind.ToString());
            w.WriteString("format", item.Format.Name);
            w.WriteString("format_version", item.Format.Version);
            w.WriteString("sha256", item.Sha256);
            w.WriteNumber("size", item.Size);
            w.WriteString("collected_at", Time(item.CollectedAt));
            w.WriteString("commit", item.Commit);
            w.WriteString("source_url", item.SourceUrl);
            w.WriteString("title", item.Title);
            w.WriteStartObject("facts");
            foreach (var (name, value) in item.FactValues)
            {
                if (value.Number is { } n) w.WriteNumber(name, n);
                else w.WriteString(name, value.Text);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string? Time(DateTimeOffset? time) =>
        time is { } t ? Timestamps.Iso(t) : null;
}
