namespace Hotpass.Docs.Steps.Search;

/// <summary>The id an ASCII heading gets from its text by the simple rule <c>search.js</c> also applies (lower case,
/// letters, digits and hyphens kept, spaces to hyphens), so the index leaves out every id that rule gives back.</summary>
internal static class HeadingSlug
{
    public static string? Derive(string heading)
    {
        var slug = new System.Text.StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (c > 127) return null;
            if (c == ' ') slug.Append('-');
            else if (char.IsAsciiLetterOrDigit(c) || c == '-') slug.Append(char.ToLowerInvariant(c));
        }
        return slug.ToString();
    }

    /// <summary>The id as the index writes it: empty when the client derives it from the heading.</summary>
    public static string Written(string heading, string id) => id.Length > 0 && Derive(heading) == id ? "" : id;
}
