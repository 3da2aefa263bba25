using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>A control's <c>evidence:</c> entry: an item id, a path under <c>evidence/</c>, or a glob over either
/// (<c>*</c> and <c>?</c> within a folder, <c>**</c> across folders).</summary>
internal sealed class EvidencePattern
{
    private readonly GlobMatcher? _glob;
    private readonly string _text;

    private EvidencePattern(string text, GlobMatcher? glob)
    {
        _text = text;
        _glob = glob;
    }

    /// <summary>Null with <paramref name="problem"/> set when the entry is absolute or climbs out with <c>..</c>.</summary>
    public static EvidencePattern? Parse(string text, out string? problem)
    {
        problem = null;
        var normal = text.Trim().Replace('\\', '/');
        if (normal.StartsWith('/') || (normal.Length > 1 && normal[1] == ':'))
            problem = "is absolute; it must be relative to evidence/";
        else if (normal.Split('/').Contains(".."))
            problem = "climbs out of evidence/ with '..'";
        if (problem is not null) return null;
        if (normal.StartsWith("./", StringComparison.Ordinal)) normal = normal[2..];
        return new EvidencePattern(normal, normal.IndexOfAny(['*', '?']) >= 0 ? new GlobMatcher(normal) : null);
    }

    public bool Matches(EvidenceItem item) => _glob is null
        ? item.Id == _text || item.Path == _text
        : _glob.IsMatch(item.Path) || _glob.IsMatch(item.Id);
}
