using System.Text;

namespace Hotpass.Docs.Render.Search;

/// <summary>Writes word numbers as a string without separators: base-32 digits, the last one of each number from a
/// second alphabet, so numbers under 32 take one character and under 1,024 two. The alphabets need no escaping in
/// JSON or JavaScript; <c>search.js</c> decodes them.</summary>
public static class TermCode
{
    public const string Continue = "0123456789abcdefghijklmnopqrstuv";
    public const string Last = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

    public static void Append(StringBuilder text, int number)
    {
        Span<char> digits = stackalloc char[8];
        var n = 0;
        digits[n++] = Last[number % 32];
        for (number /= 32; number > 0; number /= 32) digits[n++] = Continue[number % 32];
        for (var i = n - 1; i >= 0; i--) text.Append(digits[i]);
    }

    public static IReadOnlyList<int> Decode(string text)
    {
        var numbers = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var last = Last.IndexOf(c, StringComparison.Ordinal);
            if (last >= 0) { numbers.Add(value * 32 + last); value = 0; }
            else value = value * 32 + Continue.IndexOf(c, StringComparison.Ordinal);
        }
        return numbers;
    }
}
