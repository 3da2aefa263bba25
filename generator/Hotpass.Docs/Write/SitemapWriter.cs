using System.Text;
using System.Xml;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>sitemap.xml</c> from the written pages. The sitemap protocol needs absolute
/// <c>&lt;loc&gt;</c> URLs, so a sitemap is written only for an absolute http(s) base URL.</summary>
internal static class SitemapWriter
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

    public static string Write(IEnumerable<string> pagePaths, Uri baseUrl)
    {
        var prefix = baseUrl.AbsoluteUri;
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in pagePaths)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", prefix + UrlEncoding.Href(path));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
