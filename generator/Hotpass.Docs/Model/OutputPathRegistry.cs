using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model;

/// <summary>Decides, before anything is rendered, which source owns each output path. Paths are compared without
/// case, as a case-insensitive file system (or an archive unpacked on one) sees them; two sources mapping to one
/// path, or a source mapping onto a file the build generates, are reported at every source involved.</summary>
internal sealed class OutputPathRegistry
{
    private readonly Dictionary<string, List<(string Output, string Source, SourceLocation Location)>> _claims = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _generated = new(StringComparer.OrdinalIgnoreCase);

    public OutputPathRegistry(IEnumerable<string> generatedPaths)
    {
        foreach (var path in generatedPaths) _generated.Add(path);
    }

    public void Claim(string outputPath, string sourcePath) => Claim(outputPath, sourcePath, SourceLocation.File(sourcePath));

    /// <summary>Claims a path for something other than a whole file (a generated risk page, say): <paramref name="source"/>
    /// names it in messages and in the rejected set, <paramref name="location"/> is where a clash is reported.</summary>
    public void Claim(string outputPath, string source, SourceLocation location)
    {
        if (!_claims.TryGetValue(outputPath, out var list)) _claims[outputPath] = list = [];
        list.Add((outputPath, source, location));
    }

    /// <summary>The sources that lost their output path, after reporting each clash at every source in it: two sources
    /// on one path, a source on a path the build generates, a file on a path another output needs as a folder, and a
    /// path no file system can hold (a '.' or '..' segment, an empty one, or one over 255 bytes).</summary>
    public HashSet<string> RejectClashes(DiagnosticBag diagnostics)
    {
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        RejectUnusableNames(diagnostics, rejected);
        RejectFilesUnderFiles(diagnostics, rejected);
        foreach (var (path, claims) in _claims)
        {
            // The set compares without case, so this finds the generated file's own spelling of the path.
            var generated = _generated.TryGetValue(path, out var spelled) ? spelled : null;
            if (claims.Count < 2 && generated is null) continue;
            claims.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source));
            foreach (var claim in claims)
            {
                var others = claims.Where(c => c.Source != claim.Source).Select(c => c.Source);
                if (generated is not null) others = others.Append("the build itself (" + generated + ")");
                diagnostics.Report(DiagnosticCodes.DuplicateOutput, claim.Location, claim.Output, string.Join("', '", others));
                rejected.Add(claim.Source);
            }
        }
        return rejected;
    }

    private void RejectUnusableNames(DiagnosticBag diagnostics, HashSet<string> rejected)
    {
        foreach (var (path, claims) in _claims)
            if (OutputName.Problem(path) is { } problem)
                foreach (var claim in claims)
                {
                    diagnostics.Report(DiagnosticCodes.UnusableOutputName, claim.Location, claim.Output, problem);
                    rejected.Add(claim.Source);
                }
    }

    /// <summary>A file at <c>a.html</c> and another at <c>a.html/b</c> cannot both be written: both are reported.</summary>
    private void RejectFilesUnderFiles(DiagnosticBag diagnostics, HashSet<string> rejected)
    {
        var files = new HashSet<string>(_claims.Keys.Concat(_generated), StringComparer.OrdinalIgnoreCase);
        foreach (var (path, claims) in _claims)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                var folder = path[..slash];
                if (!files.TryGetValue(folder, out var file)) continue;
                var owners = _claims.TryGetValue(file, out var fileClaims) ? fileClaims : [];
                var writers = owners.Count > 0 ? string.Join("', '", owners.Select(o => o.Source)) : "the build itself";
                foreach (var claim in claims)
                {
                    diagnostics.Report(DiagnosticCodes.OutputFolderTaken, claim.Location, claim.Output, file, writers);
                    rejected.Add(claim.Source);
                }
                foreach (var owner in owners)
                {
                    diagnostics.Report(DiagnosticCodes.OutputFolderTaken, owner.Location, path, file, owner.Source);
                    rejected.Add(owner.Source);
                }
                break;
            }
        }
    }
}
