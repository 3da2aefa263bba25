using System.Text;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Evidence.Judging;

/// <summary>A control's <c>evidence:</c> entry: an item id, a path under <c>evidence/</c>, or a glob over either
/// (<c>*</c> and <c>?</c> within a folder, <c>**</c> across folders).</summary>
public sealed class EvidencePattern
{
    private readonly Regex? _glob;
    private readonly string _text;

    private EvidencePattern(string text, Regex? glob)
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
        return new EvidencePattern(normal, normal.IndexOfAny(['*', '?']) >= 0 ? ToRegex(normal) : null);
    }

    public bool Matches(EvidenceItem item) => _glob is null
        ? item.Id == _text || item.Path == _text
        : _glob.IsMatch(item.Path) || _glob.IsMatch(item.Id);

    private static Regex ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    pattern.Append("(?:.*/)?");
                }
                else pattern.Append(".*");
            }
            else if (c == '*') pattern.Append("[^/]*");
            else if (c == '?') pattern.Append("[^/]");
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        pattern.Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
