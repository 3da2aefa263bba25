namespace Hotpass.Docs.Verify;

/// <summary>One way a published site differs from what it says of itself.</summary>
/// <param name="Problem">changed, missing, extra or not-regular (a link or device where a file should be).</param>
/// <param name="Path">The file, under the site's folder.</param>
/// <param name="Against">What it was checked against: <c>manifest.json</c>, <c>evidence-manifest.json</c>, the site's
/// statement or the attestation given.</param>
/// <param name="Expected">The SHA-256 the list gives; null for an extra file.</param>
/// <param name="Found">The SHA-256 of the file as found; null when it is missing or not a regular file.</param>
public sealed record VerifyFinding(string Problem, string Path, string Against, string? Expected, string? Found);
