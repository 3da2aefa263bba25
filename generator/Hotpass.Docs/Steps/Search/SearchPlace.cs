namespace Hotpass.Docs.Steps.Search;

/// <summary>Where on a page a key is found, as one number: the section (0 is the top of the page) times 8 plus the field.
/// A page keeps one place per key, its best: the lowest field, then the first section. <c>search.js</c> scores by field
/// and links to the section.</summary>
internal static class SearchPlace
{
    /// <summary>The page's own id (the first it gives): typed exactly, it ranks the page first.</summary>
    public const int OwnId = 0;

    /// <summary>Another id the page gives (a requirement's id within its framework, a requirement a control satisfies).</summary>
    public const int OtherId = 1;

    public const int Title = 2;
    public const int Summary = 3;
    public const int Heading = 4;
    public const int Body = 5;

    public static int Of(int section, int field) => section * 8 + field;

    public static int Field(int place) => place & 7;

    public static int Section(int place) => place >> 3;
}
