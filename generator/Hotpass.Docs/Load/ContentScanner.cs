using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>Lists the files under the content folder through <see cref="InputTree"/>'s policy.</summary>
internal static class ContentScanner
{
    /// <param name="sourcePrefix">Path of the content folder under the site root, for diagnostics.</param>
    public static IReadOnlyList<ContentFile> Scan(string contentDir, string sourcePrefix, DiagnosticBag diagnostics) =>
        InputTree.Scan(contentDir, sourcePrefix, diagnostics);
}
