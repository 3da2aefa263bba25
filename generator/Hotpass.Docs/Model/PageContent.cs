namespace Hotpass.Docs.Model;

/// <summary>What a page shows. Open: later stages add their own kinds (risk, control, evidence pages) and the
/// layout reads the one it knows.</summary>
public abstract record PageContent
{
    /// <summary>The markdown behind the page, if it has any.</summary>
    public virtual MarkdownContent? Markdown => null;

    /// <summary>Register ids (risk, control, evidence) the page defines, which search finds when typed exactly;
    /// a generated page kind overrides this to contribute its own.</summary>
    public virtual IReadOnlyList<string> SearchIds => [];
}
