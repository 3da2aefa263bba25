namespace Hotpass.Docs.Governance.Model;

/// <summary>The <c>governance:</c> block of <c>hotpass-docs.yml</c>: the RPN gate's threshold and the cadence lengths.</summary>
/// <param name="Frameworks">A site folder (relative to the root) of catalogues that add to or replace the built-in ones.</param>
public sealed record GovernanceSettings(int RpnThreshold, CadencePolicy Cadences, string? Frameworks)
{
    public static GovernanceSettings Default { get; } = new(200, CadencePolicy.Default, null);
}
