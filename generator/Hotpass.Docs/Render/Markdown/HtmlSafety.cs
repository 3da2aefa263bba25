using Ganss.Xss;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Sanitises the HTML of a page that contains raw HTML, keeping what Markdig itself emits.</summary>
public static class HtmlSafety
{
    /// <summary>Returns the sanitised HTML and a description of each thing removed.</summary>
    public static (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in (string[])["svg", "path", "input", "details", "summary", "figure", "figcaption", "mark", "sup", "sub"])
            sanitizer.AllowedTags.Add(tag);
        foreach (var attribute in (string[])["class", "id", "viewbox", "d", "aria-hidden", "aria-label", "role", "type", "checked", "disabled", "version", "open", "data-lang", "tabindex"])
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}> element");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"'{e.Attribute.Name}' attribute on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, _) => removed.Add("CSS at-rule");
        sanitizer.RemovingComment += (_, _) => { };
        return (sanitizer.Sanitize(html), removed);
    }
}
