namespace Hotpass.Docs.Load.Html;

/// <summary>The attributes the link gate reads from written HTML.</summary>
internal enum HtmlAttributeKind
{
    Href,
    Src,
    Srcset,
    Id,

    /// <summary>The <c>href</c> of a <c>&lt;base&gt;</c> element, which every relative link on the page resolves against.</summary>
    BaseHref,
}
