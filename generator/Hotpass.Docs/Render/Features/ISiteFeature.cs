using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Render.Features;

/// <summary>A feature area that brings its own kinds of page: the pages it makes from the model, how a page becomes the
/// view its layout reads, its gates over the model, its steps after rendering, and what makes an incremental rebuild
/// render every page. Registered once on the pipeline builder, as a Markdig extension registers on its own; every stage
/// asks its features, so a new kind of page is one folder and one registration line.</summary>
/// <remarks>What a page of a kind is, beyond this, is data on its <see cref="PageContent"/>: the kind a layout names it
/// by, whether its section lists it, the listed page its breadcrumbs pass through, whether search finds it.</remarks>
internal interface ISiteFeature
{
    /// <summary>The name templates read the feature's view of a page under (<c>governance</c>, <c>evidence</c>).</summary>
    string ViewName { get; }

    /// <summary>Outputs the feature writes beside its pages whatever the sources hold, reserved before any source claims
    /// a path.</summary>
    IEnumerable<string> ReservedOutputs(SiteParts parts);

    /// <summary>The pages it makes from the model's parts; the model places them with the sources' own.</summary>
    IEnumerable<GeneratedPage> Pages(SiteParts parts);

    /// <summary>Makes the view records it builds readable by templates.</summary>
    void AddViews(ViewMemberAccess members);

    /// <summary>What builds its view of each page of <paramref name="site"/>; made once per site.</summary>
    IFeatureViews Views(SiteModel site);

    /// <summary>Gates over the model, run after the site's own.</summary>
    IReadOnlyList<ISiteCheck> Checks { get; }

    /// <summary>Steps after rendering, run before the site's own, which then see what these wrote (the search index,
    /// the link gates).</summary>
    IReadOnlyList<IPostRenderStep> Steps { get; }

    /// <summary>Folders besides the pages (relative to the site root) that its pages are made from: an incremental
    /// rebuild stamps them, and renders every page when one changed.</summary>
    IEnumerable<string> InputFolders(SiteConfig config);

    /// <summary>Whether a page read again (<paramref name="before"/> null: added; <paramref name="after"/> null: deleted)
    /// can change what the feature shows on other pages, which a rebuild does not scope: then it renders every page.</summary>
    bool ChangesOtherPages(MarkdownContent? before, MarkdownContent? after);
}
