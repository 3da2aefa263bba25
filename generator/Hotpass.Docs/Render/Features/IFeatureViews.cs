using Hotpass.Docs.Model;

namespace Hotpass.Docs.Render.Features;

/// <summary>A feature's views of the pages of one site, built once for the site and read by every render thread.</summary>
internal interface IFeatureViews
{
    /// <summary>What the templates read of <paramref name="page"/> under the feature's name; null when the page shows none of it.</summary>
    object? Build(Page page);
}
