using System.Text;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Writes word numbers as a string without separators: base-32 digits, the last one of each number from a
/// second alphabet, so numbers under 32 take one character and under 1,024 two. The alphabets need no escaping in
/// JSON or JavaScript; <c>search.js</c> decodes them.</summary>
internal static class TermCode
{
    public const string Continue = "0123456789abcdefghijklmnopqrstuv";
    public const string Last = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

    /// <summary>The most characters one number takes (an int in base 32).</summary>
    internal const int MaxChars = 7;

    public static void Append(StringBuilder text, int number)
    {
        Span<byte> digits = stackalloc byte[MaxChars];
        foreach (var digit in digits[..Write(digits, number)]) text.Append((char)digit);
    }

    /// <summary>Writes one number as ASCII bytes at the start of <paramref name="destination"/>; returns how many it took.</summary>
    internal static int Write(Span<byte> destination, int number)
    {
        var n = 1;
        for (var rest = number / 32; rest > 0; rest /= 32) n++;
        destination[n - 1] = (byte)Last[number % 32];
        var i = n - 2;
        for (number /= 32; number > 0; number /= 32) destination[i--] = (byte)Continue[number % 32];
        return n;
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
