using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>site.intoto.json</c>: an in-toto Statement v1 whose subjects are every published file (the
/// manifest included) by name and SHA-256, and whose predicate records what built the site and what it judged. Written
/// after <c>manifest.json</c> and listed in neither, since no file can hold its own digest.</summary>
internal static class SiteStatement
{
    public const string FileName = "site.intoto.json";
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>Names this predicate's shape (content/reference/site-statement.md); a URI by in-toto's rule, not a page
    /// that must resolve.</summary>
    public const string PredicateType = "https://hotpass.dev/docs/site-statement/v1";

    /// <summary>The tool's version as its package gives it (the command line's, 0.1.COMMITS+SHA), so a statement names
    /// the exact tool that built the site; the library's own when another program (a test host) runs the pipeline.</summary>
    public static string ToolVersion { get; } = Version(Assembly.GetEntryAssembly() is { } entry && entry.GetName().Name == "hotpass-docs"
        ? entry : typeof(SiteStatement).Assembly);

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <param name="subjects">Every published file but this one: path and SHA-256.</param>
    /// <param name="controls">Each control's id and status word, in id order.</param>
    public static byte[] Write(IEnumerable<(string Path, string Sha256)> subjects, string? commit, DateTimeOffset asOf,
        IEnumerable<(string Id, string Status)> controls)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("_type", StatementType);
            json.WriteStartArray("subject");
            foreach (var (path, sha256) in subjects.OrderBy(s => s.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", path);
                json.WriteStartObject("digest");
                json.WriteString("sha256", sha256);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("predicateType", PredicateType);
            json.WriteStartObject("predicate");
            json.WriteStartObject("generator");
            json.WriteString("name", "hotpass-docs");
            json.WriteString("version", ToolVersion);
            json.WriteEndObject();
            if (commit is null) json.WriteNull("commit");
            else json.WriteString("commit", commit);
            json.WriteString("as_of", Text.Timestamps.Iso(asOf));
            json.WriteString("manifest", ManifestJson.FileName);
            json.WriteStartArray("controls");
            foreach (var (id, status) in controls)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("status", status);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
