namespace Hotpass.Docs.Steps.Search;

/// <summary>How the index reads text: whitespace runs collapsed to one space, snippets cut at a word boundary, and
/// words found in place, so a page's text is scanned without a string per word.</summary>
internal static class SearchText
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="collapsed"/> (at least as long) with each run of
    /// whitespace and control characters made one space and none at either end; returns the length written.</summary>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> collapsed)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = length > 0; continue; }
            if (space) collapsed[length++] = ' ';
            space = false;
            collapsed[length++] = c;
        }
        return length;
    }

    public static string Collapse(string text)
    {
        if (text.Length == 0) return text;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var length = Collapse(text, buffer);
        // Most headings and titles are already collapsed: they are kept, not copied.
        var collapsed = buffer.AsSpan(0, length).SequenceEqual(text) ? text : new string(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    /// <summary>Collapses the start of <paramref name="text"/> as <see cref="Collapse(ReadOnlySpan{char}, Span{char})"/>
    /// does, until <paramref name="collapsed"/> is full, noting for each character written where in the text the
    /// collapsed text from it on starts (so the words after a snippet are read from the text itself); returns the
    /// length written.</summary>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> collapsed, Span<int> origins)
    {
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length && length < collapsed.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = length > 0; continue; }
            if (space)
            {
                // The collapsed text from this space on has the words the text has from the character after it.
                (collapsed[length], origins[length]) = (' ', i);
                if (++length == collapsed.Length) break;
            }
            space = false;
            (collapsed[length], origins[length]) = (c, i);
            length++;
        }
        return length;
    }

    /// <summary>How much of <paramref name="text"/> the snippet keeps: all of it, or (when there is more) up to its
    /// last space at most <paramref name="max"/> characters in, so no word is cut; exactly <paramref name="max"/> when
    /// the first word alone is longer.</summary>
    public static int CutLength(ReadOnlySpan<char> text, int max, bool more)
    {
        if (!more) return text.Length;
        var space = text[..(max + 1)].LastIndexOf(' ');
        return space > 0 ? space : max;
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters, digits, '-' and '_', trimmed of '-' and '_',
    /// two characters or more.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>Walks the words of a text as ranges into it (lower-case them from a lowered copy of the same text).</summary>
    internal ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public Range Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _text.Length)
            {
                while (_next < _text.Length && !IsWordChar(_text[_next])) _next++;
                var start = _next;
                while (_next < _text.Length && IsWordChar(_text[_next])) _next++;
                var end = _next;
                while (start < end && _text[start] is '-' or '_') start++;
                while (end > start && _text[end - 1] is '-' or '_') end--;
                if (end - start > 1)
                {
                    Current = start..end;
                    return true;
                }
            }
            return false;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
    }
}
