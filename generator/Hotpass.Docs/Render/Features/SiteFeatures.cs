using Fluid;
using Fluid.Values;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Features;

/// <summary>The features a pipeline was built with, frozen: the list every stage asks, and the one member access through
/// which templates read the site's own views and each feature's, made once per pipeline rather than once per build.</summary>
internal sealed class SiteFeatures
{
    public SiteFeatures(IReadOnlyList<ISiteFeature> all)
    {
        All = all;
        ViewMembers = TemplateSet.CoreViewMembers();
        for (var i = 0; i < all.Count; i++)
        {
            all[i].AddViews(ViewMembers);
            if (ViewMembers.GetAccessor(typeof(PageView), all[i].ViewName) is not null)
                throw new ArgumentException($"Feature view name '{all[i].ViewName}' is already a member of the page view", nameof(all));
            ViewMembers.Register(typeof(PageView), [new(all[i].ViewName, new FeatureView(i))]);
        }
    }

    /// <summary>No features: the site's own pages and views only.</summary>
    public static SiteFeatures None { get; } = new([]);

    public IReadOnlyList<ISiteFeature> All { get; }

    public ViewMemberAccess ViewMembers { get; }

    /// <summary>Reads feature <paramref name="index"/>'s view from a <see cref="PageView"/>, wrapped as a record property
    /// of the page view is (nil when the page has none).</summary>
    private sealed class FeatureView(int index) : IMemberAccessor
    {
        public object? Get(object obj, string name, TemplateContext ctx) =>
            ((PageView)obj).Features is { } views && index < views.Count && views[index] is { } view ? new ObjectValue(view) : NilValue.Instance;
    }
}
