using System.Text;
using System.Xml;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>sitemap.xml</c> from the manifest's pages, with locations under the configured base URL.</summary>
public static class SitemapWriter
{
    public static string Write(IEnumerable<ManifestEntry> entries, string? baseUrl)
    {
        var prefix = string.IsNullOrEmpty(baseUrl) ? "" : baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var entry in entries.Where(e => e.Kind == OutputKind.Page))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", prefix + Model.UrlEncoding.Href(entry.OutputPath));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
