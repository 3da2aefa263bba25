using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Load.Governance;

/// <summary>Reads a <c>requires:</c> list of evidence kind names (on a control, or on a framework requirement in its
/// catalogue), reporting an unknown name with the nearest known one; duplicates are kept once, in written order.</summary>
internal static class RequiredKinds
{
    /// <param name="subject">"Control 'CTL-X'" or "Requirement 'NIST-SSDF:PO.3'", as messages name it.</param>
    public static IReadOnlyList<EvidenceKind> Read(IReadOnlyList<IdReference> names, string subject, DiagnosticBag diagnostics)
    {
        var kinds = new List<EvidenceKind>();
        foreach (var name in names)
        {
            if (EvidenceKindNames.Find(name.Id) is { } kind)
            {
                if (!kinds.Contains(kind)) kinds.Add(kind);
                continue;
            }
            diagnostics.Report(DiagnosticCodes.EvidenceKindUnknown, name.Location, subject, name.Id,
                DidYouMean.Suffix(name.Id, EvidenceKindNames.All), string.Join(", ", EvidenceKindNames.All));
        }
        return kinds;
    }
}
