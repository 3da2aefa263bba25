using System.Collections.Concurrent;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Html;

namespace Hotpass.Docs.Render.Output;

/// <summary>A piece of HTML the templates write verbatim on many pages (a reused partial's output: the header, the
/// sidebar), with its facts drawn once for all of them: its attributes, and the links they make for each template.</summary>
internal sealed class ReusedOutput(string text)
{
    private HtmlAttributeValue[]? _attributes;
    private bool _scanned;
    private readonly ConcurrentDictionary<string, OutputLink[]> _links = new(StringComparer.Ordinal);

    public string Text => text;

    /// <summary>The attributes in <see cref="Text"/>, at their place in it; null when the text does not stand alone, so
    /// that a scan of the page around it could read them differently: it must start with an element (no attribute name
    /// or element can then reach back before it) and must not end inside an attribute value.</summary>
    public IReadOnlyList<HtmlAttributeValue>? Attributes
    {
        get
        {
            if (Volatile.Read(ref _scanned)) return _attributes;
            _attributes = StandsAlone(text, out var found) ? [.. found] : null;
            Volatile.Write(ref _scanned, true);
            return _attributes;
        }
    }

    /// <summary>The links of <see cref="Attributes"/> as template links of <paramref name="template"/>: made once per
    /// template, and shared by every page that shows this output.</summary>
    internal OutputLink[] LinksFor(string template) =>
        _links.GetOrAdd(template, static (source, attributes) =>
        {
            var origin = SourceLocation.File(source);
            var links = new List<OutputLink>();
            foreach (var attribute in attributes)
                if (attribute.Kind is not (HtmlAttributeKind.Id or HtmlAttributeKind.BaseHref))
                    foreach (var url in HtmlFactsScanner.Urls(attribute))
                        links.Add(new OutputLink(url, url, HtmlFactsScanner.KindOf(attribute), origin, FromTemplate: true));
            return [.. links];
        }, Attributes ?? []);

    private static bool StandsAlone(string text, out List<HtmlAttributeValue> found)
    {
        found = [];
        var first = text.AsSpan().TrimStart();
        if (first.Length > 0 && first[0] != '<' && first.Contains('=')) return false;
        return HtmlAttributeScanner.Scan(text, 0, text.Length, found);
    }
}
