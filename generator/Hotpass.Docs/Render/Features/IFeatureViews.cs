using Hotpass.Docs.Model;

namespace Hotpass.Docs.Render.Features;

/// <summary>A feature's views of the pages of one site, built once for the site and read by every render thread.</summary>
internal interface IFeatureViews
{
    /// <summary>What the templates read of <paramref name="page"/> under the feature's name; null when the page shows none of it.</summary>
    object? Build(Page page);

    /// <summary>The text <paramref name="page"/> shows of the feature, by section, when it is one of the feature's generated
    /// pages (built from the view <see cref="Build"/> gives, so search reads what the reader sees); null for any other page.</summary>
    IReadOnlyList<ShownSection>? Text(Page page);
}
