namespace Hotpass.Docs.Diagnostics;

/// <summary>Maps a descriptor to the severity in force: per-code overrides from configuration, then --strict.</summary>
public sealed record SeverityPolicy(IReadOnlyDictionary<string, Severity> Overrides, bool Strict)
{
    public static SeverityPolicy Default { get; } = new(new Dictionary<string, Severity>(StringComparer.Ordinal), false);

    public Severity Apply(DiagnosticDescriptor descriptor, Severity reported)
    {
        if (descriptor.Locked) return reported;
        var severity = Overrides.TryGetValue(descriptor.Code, out var configured) ? configured : reported;
        return Strict && severity == Severity.Warning ? Severity.Error : severity;
    }
}
