using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>The spec versions each format's reader knows, and the one check every reader makes of them.</summary>
internal static class SpecVersions
{
    public static IReadOnlyList<string> CycloneDx { get; } = ["1.2", "1.3", "1.4", "1.5", "1.6"];

    public static IReadOnlyList<string> Spdx { get; } = ["SPDX-2.2", "SPDX-2.3"];

    public static IReadOnlyList<string> Sarif { get; } = ["2.1.0"];

    /// <summary>True when <paramref name="version"/> is known; otherwise reports HPD408 and returns false.</summary>
    public static bool Accept(string? version, IReadOnlyList<string> known, string format, EvidenceInput input, DiagnosticBag diagnostics)
    {
        if (version is not null && known.Contains(version)) return true;
        diagnostics.Report(DiagnosticCodes.EvidenceUnknownVersion, input.FileLocation, format, version ?? "(none)", string.Join(", ", known));
        return false;
    }
}
