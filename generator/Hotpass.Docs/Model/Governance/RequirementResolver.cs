using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Turns a <c>satisfies</c> entry into a framework and requirement id. <c>NIST-SSDF:PO.3</c> is taken as written;
/// text as governance documents write it ("NIST SSDF PO.3", "SLSA Build L2", "ISO/IEC 25010 reliability") is matched
/// against each catalogue's id, title and aliases, and the rest against its requirement ids, ignoring case and
/// punctuation, so an existing table needs no rewriting.</summary>
internal sealed class RequirementResolver(Lazy<IReadOnlyList<Framework>> frameworks)
{
    private readonly Lazy<List<(string Name, Framework Framework)>> _names = new(() =>
    [
        .. frameworks.Value
            .SelectMany(f => f.Aliases.Append(f.Id).Append(f.Title).Select(n => (Name: Normalise(n), Framework: f)))
            .Where(n => n.Name.Length > 0)
            .OrderByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal),
    ]);

    /// <summary>Null when the text is neither FRAMEWORK:REQUIREMENT nor the name of a known framework followed by a requirement.</summary>
    public RequirementReference? Resolve(string text, SourceLocation location)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < text.Length - 1)
        {
            var framework = text[..colon].Trim();
            var requirement = text[(colon + 1)..].Trim();
            if (framework.Length > 0 && requirement.Length > 0) return new RequirementReference(framework, requirement, location);
        }
        var normalised = Normalise(text);
        foreach (var (name, framework) in _names.Value)
        {
            if (!normalised.StartsWith(name, StringComparison.Ordinal) || normalised.Length == name.Length) continue;
            var rest = normalised[name.Length..];
            var matches = framework.Requirements.Where(r => Normalise(r.Id) == rest).Take(2).ToList();
            if (matches.Count == 1) return new RequirementReference(framework.Id, matches[0].Id, location);
        }
        return null;
    }

    private static string Normalise(string text) =>
        new([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
