using Hotpass.Docs.Text;

namespace Hotpass.Docs.Configuration;

/// <summary>The <c>governance:</c> block of <c>hotpass-docs.yml</c>: the RPN gate's threshold, the cadence lengths and
/// where the generated pages go.</summary>
/// <param name="Frameworks">A site folder (relative to the root) of catalogues that add to or replace the built-in ones.</param>
public sealed record GovernanceSettings(int RpnThreshold, CadencePolicy Cadences, string? Frameworks)
{
    /// <summary>Where the generated governance pages go (register, matrix, risk, control and requirement pages).</summary>
    public const string DefaultPagesFolder = "governance";

    public static GovernanceSettings Default { get; } = new(200, CadencePolicy.Default, null);

    /// <summary>The output folder of the generated governance pages (<c>governance.pages</c>), '/'-separated.</summary>
    public string PagesFolder { get; init; } = DefaultPagesFolder;

    /// <summary>The longest a waiver may run from its approval to its expiry (<c>governance.max_waiver</c>).</summary>
    public IsoDuration MaxWaiver { get; init; } = new(0, 0, 0, 90, TimeSpan.Zero);

    /// <summary><see cref="MaxWaiver"/> as written, for messages.</summary>
    public string MaxWaiverText { get; init; } = "P90D";
}
