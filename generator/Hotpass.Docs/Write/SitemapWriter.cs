using System.Text;
using System.Xml;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>sitemap.xml</c> from the manifest's pages. The sitemap protocol needs absolute
/// <c>&lt;loc&gt;</c> URLs, so a sitemap is written only for an absolute http(s) base URL.</summary>
public static class SitemapWriter
{
    /// <summary>The output path of the sitemap.</summary>
    public const string OutputPath = "sitemap.xml";

    /// <summary>The base URL as an absolute http(s) folder URL (with a trailing slash), or null when a sitemap
    /// cannot be written for it: none was configured, or it is only a path.</summary>
    public static Uri? AbsoluteBase(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return null;
        var folder = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        return Uri.TryCreate(folder, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    public static string Write(IEnumerable<ManifestEntry> entries, Uri baseUrl)
    {
        var prefix = baseUrl.AbsoluteUri;
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var entry in entries.Where(e => e.Kind == OutputKind.Page))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", prefix + EncodePath(entry.OutputPath));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Percent-encodes each segment (spaces, non-ASCII, reserved characters) and keeps the slashes between them.</summary>
    internal static string EncodePath(string outputPath) =>
        string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString));
}
