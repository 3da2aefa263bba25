using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Sidecar;

namespace Hotpass.Docs.Load.Evidence;

/// <summary>Reads every file under the evidence folder into items: files listed by <see cref="ContentScanner"/> (no
/// symbolic links followed, hidden files, editors' leftovers and <c>exclude:</c> skipped), sidecars paired with their files, items read in parallel and
/// returned in ordinal path order.</summary>
internal static class EvidenceScanner
{
    /// <param name="evidenceDir">Full path of the evidence folder.</param>
    /// <param name="sourcePrefix">Its path under the site root with a trailing slash (<c>evidence/</c>), for diagnostics.</param>
    /// <param name="excluded">What is left out; null: editors' leftovers only.</param>
    public static IReadOnlyList<EvidenceItem> Scan(string evidenceDir, string sourcePrefix, DiagnosticBag diagnostics, InputExclusions? excluded = null)
    {
        var files = ContentScanner.Scan(evidenceDir, sourcePrefix, diagnostics, excluded);
        var byPath = files.ToDictionary(f => f.ContentPath, StringComparer.Ordinal);
        var sidecars = new Dictionary<string, EvidenceSidecar?>(StringComparer.Ordinal);
        foreach (var file in files.Where(IsSidecar))
        {
            var target = file.ContentPath[..^EvidenceSidecar.Suffix.Length];
            if (!byPath.ContainsKey(target))
            {
                diagnostics.Report(DiagnosticCodes.SidecarOrphan, SourceLocation.File(sourcePrefix + file.ContentPath), target);
                continue;
            }
            sidecars[target] = SidecarReader.Read(file.FullPath, sourcePrefix + file.ContentPath, diagnostics);
        }
        var items = files
            .Where(f => !IsSidecar(f))
            .AsParallel()
            .AsOrdered()
            .Select(f => EvidenceFileReader.Read(f.FullPath, f.ContentPath, sourcePrefix + f.ContentPath,
                sidecars.GetValueOrDefault(f.ContentPath), diagnostics))
            .Where(item => item is not null)
            .Select(item => item!)
            .ToList();
        ReportDuplicateIds(items, sourcePrefix, diagnostics);
        return items;
    }

    private static bool IsSidecar(ContentFile file) => file.ContentPath.EndsWith(EvidenceSidecar.Suffix, StringComparison.Ordinal);

    private static void ReportDuplicateIds(IReadOnlyList<EvidenceItem> items, string sourcePrefix, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, EvidenceItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.TryGetValue(item.Id, out var first))
                diagnostics.Report(DiagnosticCodes.EvidenceDuplicateId, SourceLocation.File(sourcePrefix + item.Path), item.Id, first.Path);
            else seen[item.Id] = item;
        }
    }
}
