using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Yaml;

/// <summary>The codes a YAML reader reports with, chosen by what the YAML is (page front matter, the site
/// configuration, an evidence sidecar), so each says what it is about and carries its own exit class.</summary>
/// <param name="Invalid">Unreadable YAML, duplicate keys, aliases naming no anchor.</param>
/// <param name="TooComplex">Over the <see cref="YamlLimits"/>.</param>
internal sealed record YamlCodes(DiagnosticDescriptor Invalid, DiagnosticDescriptor TooComplex)
{
    public static YamlCodes FrontMatter { get; } = new(DiagnosticCodes.FrontMatterInvalidYaml, DiagnosticCodes.YamlTooComplex);

    public static YamlCodes SiteConfig { get; } = new(DiagnosticCodes.ConfigInvalidYaml, DiagnosticCodes.ConfigYamlTooComplex);
}
