namespace Hotpass.Docs.Model;

/// <summary>What a page shows. Open: feature areas add their own kinds (risk, control, evidence pages) and the
/// layout reads the one it knows. What tells the kinds apart to the rest of the build is data here, which each kind
/// overrides, never a switch on the type.</summary>
public abstract record PageContent
{
    /// <summary>The kind layouts and the page's body class name it by (<c>article</c>, <c>home</c>, <c>risk</c>, …).</summary>
    public virtual string Kind => "article";

    /// <summary>Listed in its section's navigation and cards; a generated page that is not (a risk, a control) is reached
    /// from the listed page it belongs to.</summary>
    public virtual bool IsListed => false;

    /// <summary>The layout of the listed page whose breadcrumb trail the page continues: in the same section (a risk page's
    /// register), or among the root pages for a page in no section (an evidence page's index); null: the trail ends at
    /// the section, or at the home page.</summary>
    public virtual string? ListedUnder => null;

    /// <summary>Whether the search index lists the page.</summary>
    public virtual bool IsSearched => true;

    /// <summary>The markdown behind the page, if it has any.</summary>
    public virtual MarkdownContent? Markdown => null;

    /// <summary>The markdown file (its path under the site root) a reader edits to change what the page says: a markdown
    /// page's own; for a generated page, the page that declares what it shows (a risk's, a control's), or null when it is
    /// made from many sources or from evidence. The page's "Edit" link and "Last updated" day come from it.</summary>
    internal virtual string? EditSource => Markdown?.Source.SourcePath;

    /// <summary>Register ids (risk, control, evidence) the page defines, which search finds when typed exactly;
    /// a generated page kind overrides this to contribute its own.</summary>
    public virtual IReadOnlyList<string> SearchIds => [];
}
