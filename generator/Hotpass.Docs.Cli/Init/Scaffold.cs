using System.Globalization;
using System.Reflection;
using Hotpass.Docs.Configuration.Keys;

namespace Hotpass.Docs.Cli.Init;

/// <summary>The files of a new site, from the tool's embedded <c>Init/Scaffold/</c>: <c>basic/</c> always, and with
/// governance the files of <c>governance/</c> and its two snippets of configuration. Placeholders are filled in so the
/// site builds green at once: pages reviewed and evidence collected at the moment of init.</summary>
internal static class Scaffold
{
    private const string Prefix = "scaffold/";

    public static IReadOnlyList<ScaffoldFile> Files(bool governance, string title, DateTimeOffset now, string toolVersion)
    {
        var assembly = typeof(Scaffold).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var utc = now.ToUniversalTime();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{TITLE}}"] = title,
            ["{{TODAY}}"] = utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["{{NOW}}"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["{{VERSION}}"] = toolVersion,
            ["{{GOVERNANCE_SECTION}}"] = governance ? Read(assembly, Prefix + "governance/section.yml") : "",
            ["{{GOVERNANCE}}"] = governance ? Read(assembly, Prefix + "governance/settings.yml") : "",
        };
        var files = new List<ScaffoldFile>();
        foreach (var name in resources)
        {
            var path = name[Prefix.Length..];
            var set = path[..path.IndexOf('/', StringComparison.Ordinal)];
            path = path[(set.Length + 1)..];
            if (set == "governance" ? !governance || !path.Contains('/', StringComparison.Ordinal) : set != "basic") continue;
            files.Add(new ScaffoldFile(OnDisk(path), Fill(Read(assembly, name), values)));
        }
        files.Add(new ScaffoldFile(ConfigSchema.FileName, ConfigSchema.Json));
        return files;
    }

    /// <summary>Names starting with a dot are kept under <c>dot-</c> in the source tree, where a build's globs and
    /// editors see them like any other file.</summary>
    private static string OnDisk(string path) =>
        string.Join('/', path.Split('/').Select(part => part.StartsWith("dot-", StringComparison.Ordinal) ? "." + part[4..] : part));

    private static string Fill(string text, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values) text = text.Replace(key, value, StringComparison.Ordinal);
        return text;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
