using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Check.Accessibility;

/// <summary>Reports a markdown image without alt text at the line it is written (WCAG 1.1.1), from the located image
/// facts each page was parsed into.</summary>
internal sealed class ImageAltTextCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages)
        {
            if (page.Content.Markdown is not { } markdown) continue;
            foreach (var image in markdown.Document.Links)
            {
                if (image.Alt is { } alt && string.IsNullOrWhiteSpace(alt))
                    diagnostics.Report(DiagnosticCodes.ImageWithoutAlt, image.Location, image.Written);
            }
        }
    }
}
