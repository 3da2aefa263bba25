namespace Hotpass.Docs.Verify;

/// <summary>What <c>verify</c> found: how many files each list vouched for, and every difference.</summary>
/// <param name="Site">The folder or archive, as named.</param>
/// <param name="Files">Files <c>manifest.json</c> lists.</param>
/// <param name="EvidenceFiles">Files <c>evidence-manifest.json</c> lists (0 when the site has none).</param>
/// <param name="Statements">Statements whose subjects were compared with the site: its own and any given.</param>
/// <param name="Problems">Lists that could not be read at all, each a sentence.</param>
public sealed record VerifyReport(string Site, int Files, int EvidenceFiles, IReadOnlyList<string> Statements,
    IReadOnlyList<VerifyFinding> Findings, IReadOnlyList<string> Problems)
{
    public bool Verified => Findings.Count == 0 && Problems.Count == 0;
}
