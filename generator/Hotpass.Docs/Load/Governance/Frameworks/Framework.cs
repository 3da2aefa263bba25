namespace Hotpass.Docs.Load.Governance.Frameworks;

/// <summary>A framework catalogue: its id (<c>NIST-SSDF</c>), title, version and requirements in catalogue order.</summary>
/// <param name="Source">Where the catalogue came from: <c>(built-in) nist-ssdf.yaml</c> or the site file's path.</param>
public sealed record Framework(string Id, string Title, string? Version, IReadOnlyList<FrameworkRequirement> Requirements, string Source)
{
    /// <summary>Other names people write for the framework in tables ("NIST SSDF", "ISO/IEC 27001").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    private readonly Dictionary<string, FrameworkRequirement> _byId =
        Requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public FrameworkRequirement? Find(string id) => _byId.GetValueOrDefault(id);
}
