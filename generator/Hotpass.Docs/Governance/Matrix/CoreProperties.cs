using System.Text;
using System.Text.RegularExpressions;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>The workbook's <c>docProps/core.xml</c> with its creation time (the clock's, as SpreadCheetah writes it)
/// replaced by the as-of instant the site is judged at.</summary>
internal static partial class CoreProperties
{
    public static byte[] Stamped(byte[] xml, DateTimeOffset asOf)
    {
        var text = Encoding.UTF8.GetString(xml);
        var stamped = Created().Replace(text, m => m.Groups[1].Value + Timestamps.Iso(asOf) + m.Groups[2].Value);
        return Encoding.UTF8.GetBytes(stamped);
    }

    [GeneratedRegex("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", RegexOptions.CultureInvariant)]
    private static partial Regex Created();
}
