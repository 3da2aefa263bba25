namespace Hotpass.Docs.Text;

/// <summary>A glob (a control's evidence patterns; the one glob matcher): <c>*</c> and <c>?</c> within a
/// folder, <c>**</c> across folders, <c>**/</c> for any folders or none; matched by one pass over the pattern's tokens
/// with the set of text positions reached, so any pattern costs pattern × text steps and nothing to build (a
/// non-backtracking regular expression costs half a megabyte to construct, and a backtracking one can take exponential
/// time on <c>*a*a*a…</c>).</summary>
internal sealed class GlobMatcher
{
    private enum Kind
    {
        Literal,
        OneInFolder,
        AnyInFolder,
        AnyAcross,
        AnyFolders,
    }

    private readonly (Kind Kind, char Char)[] _tokens;

    public GlobMatcher(string glob)
    {
        var tokens = new List<(Kind, char)>();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                var folders = i + 1 < glob.Length && glob[i + 1] == '/';
                if (folders) i++;
                tokens.Add((folders ? Kind.AnyFolders : Kind.AnyAcross, '\0'));
            }
            else if (c == '*') tokens.Add((Kind.AnyInFolder, '\0'));
            else if (c == '?') tokens.Add((Kind.OneInFolder, '\0'));
            else tokens.Add((Kind.Literal, c));
        }
        _tokens = [.. tokens];
    }

    /// <summary>True when the whole of <paramref name="text"/> matches.</summary>
    public bool IsMatch(string text)
    {
        var n = text.Length;
        Span<bool> current = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        Span<bool> next = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        current.Clear();
        current[0] = true;
        foreach (var (kind, literal) in _tokens)
        {
            next.Clear();
            var reached = false;
            for (var i = 0; i <= n; i++)
            {
                switch (kind)
                {
                    case Kind.Literal:
                        if (i < n && current[i] && text[i] == literal) next[i + 1] = true;
                        break;
                    case Kind.OneInFolder:
                        if (i < n && current[i] && text[i] != '/') next[i + 1] = true;
                        break;
                    case Kind.AnyInFolder:
                        next[i] = current[i] || (i > 0 && next[i - 1] && text[i - 1] != '/');
                        break;
                    case Kind.AnyAcross:
                        next[i] = current[i] || (i > 0 && next[i - 1]);
                        break;
                    case Kind.AnyFolders:
                        // Nothing, or anything that ends in '/': reachable after a '/' from any earlier reached position.
                        next[i] = current[i] || (reached && text[i - 1] == '/');
                        break;
                }
                reached |= current[i];
            }
            var swap = current;
            current = next;
            next = swap;
        }
        return current[n];
    }
}
