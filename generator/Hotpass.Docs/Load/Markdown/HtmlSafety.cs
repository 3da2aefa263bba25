using Ganss.Xss;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Sanitises the HTML of a page that contains raw HTML, keeping what Markdig itself emits. Documentation
/// needs no forms and no page-covering styles, so those go too; text lost with a removed element is reported.</summary>
internal static class HtmlSafety
{
    private static readonly string[] FormTags = ["form", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output"];

    /// <summary>The sanitised HTML, each thing removed, and each removal that took page text with it.</summary>
    public sealed record Result(string Html, IReadOnlyList<string> Removed, IReadOnlyList<string> Dropped);

    /// <summary>Returns the sanitised HTML and a description of each thing removed.</summary>
    public static (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        var result = Run(html);
        return (result.Html, result.Removed);
    }

    /// <summary>Like <see cref="Sanitize"/>, but a failure inside the sanitiser's HTML parser (seen on some
    /// <c>&lt;select&gt;</c>/<c>&lt;xmp&gt;</c> combinations) comes back as null with its description.</summary>
    public static Result? TrySanitize(string html, out string? failure)
    {
        failure = null;
        try
        {
            return Run(html);
        }
        // A bug in a dependency's parser on hostile input must cost one page, not the build; running out of memory is not
        // a page's fault and still ends the run.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = $"{e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    private static Result Run(string html)
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in (string[])["svg", "path", "input", "details", "summary", "figure", "figcaption", "mark", "sup", "sub"])
            sanitizer.AllowedTags.Add(tag);
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in (string[])["class", "id", "viewbox", "d", "aria-hidden", "aria-label", "role", "type", "checked", "disabled", "version", "open", "data-lang", "tabindex"])
            sanitizer.AllowedAttributes.Add(attribute);
        // position: fixed or sticky (and absolute, with z-index) lets a page lay an overlay over the whole site.
        sanitizer.AllowedCssProperties.Remove("position");
        sanitizer.AllowedCssProperties.Remove("z-index");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        var removed = new List<string>();
        var dropped = new List<string>();
        sanitizer.RemovingTag += (_, e) =>
        {
            removed.Add($"<{e.Tag.LocalName}> element");
            // A script's or a closed style's text is code, removed on purpose; any other text lost is page content.
            var name = e.Tag.LocalName;
            var unclosed = IsUnclosed(html, name);
            var text = e.Tag.TextContent.Trim();
            if (text.Length > 0 && name != "script" && (name != "style" || unclosed))
                dropped.Add($"<{name}> element with {text.Length} characters of text{(unclosed ? " (it is never closed, so it took the text after it)" : "")}");
        };
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"'{e.Attribute.Name}' attribute on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, _) => removed.Add("CSS at-rule");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.PostProcessDom += (_, e) =>
        {
            // Only the task-list checkboxes Markdig renders (disabled) are inputs a documentation page has.
            foreach (var input in e.Document.QuerySelectorAll("input").ToList())
            {
                if (input.GetAttribute("type") == "checkbox" && input.HasAttribute("disabled")) continue;
                input.Remove();
                removed.Add("<input> element");
            }
        };
        return new Result(sanitizer.Sanitize(html), removed, dropped);
    }

    private static bool IsUnclosed(string html, string tag) =>
        !html.Contains("</" + tag, StringComparison.OrdinalIgnoreCase);
}
