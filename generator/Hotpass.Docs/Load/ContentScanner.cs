using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>Lists the files under the content folder through <see cref="InputTree"/>'s policy.</summary>
internal static class ContentScanner
{
    /// <param name="sourcePrefix">Path of the content folder under the site root, for diagnostics and <paramref name="excluded"/>.</param>
    /// <param name="excluded">What is left out; null: editors' leftovers only.</param>
    public static IReadOnlyList<ContentFile> Scan(string contentDir, string sourcePrefix, DiagnosticBag diagnostics, InputExclusions? excluded = null) =>
        InputTree.Scan(contentDir, sourcePrefix, diagnostics, excluded);
}
