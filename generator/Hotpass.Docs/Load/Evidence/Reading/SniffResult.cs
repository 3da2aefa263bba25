using Hotpass.Docs.Load.Evidence.Reading.Json;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>What <see cref="EvidenceSniffer"/> decided.</summary>
internal sealed record SniffResult(IEvidenceReader? Reader, JsonShape? Shape, string? Description = null, bool IsRefused = false)
{
    public static SniffResult Refused { get; } = new(null, null, null, IsRefused: true);

    public static SniffResult Unknown(string description) => new(null, null, description);
}
