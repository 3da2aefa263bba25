using System.Xml;
using System.Xml.Linq;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Structure-aware changes to an XML evidence file: parsed into a tree (DTDs ignored, never fetched), one
/// attribute or element (chosen by position, so every one can be hit) gets a value past every range or entity-looking
/// text, is nested thousands deep, repeated, removed or renamed to another format's root; or a DOCTYPE is put before
/// the root. Raw text that a tree cannot hold (an undeclared entity, a repeated attribute) goes in through placeholders.</summary>
public static class XmlMutations
{
    /// <summary>Attribute values and element text, written raw into the file: numbers and times past every range, and
    /// text that looks like markup or entities.</summary>
    public static readonly string[] Values =
    [
        "", "0", "-0", "-1", "1e400", "-1e400", "NaN", "Infinity", "18446744073709551616", "9223372036854775807", "0.5", "1.5",
        "99999999999999999999", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "10000-01-01",
        "2025-02-30T00:00:00", "253402300800", "253402300800000", "-62135596801", "&amp;amp;", "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#0;", "&#xD800;", "&#x1F600;", "&undefined;", "&#99999999;", "<![CDATA[x]]>", "]]>", "<!-- -->", "\u00A0", "\uFFFE",
        "../../../etc/passwd", "javascript:alert(1)",
    ];

    /// <summary>Root elements of every XML format the readers know, to turn one format into another.</summary>
    private static readonly string[] Roots =
        ["bom", "testsuites", "testsuite", "TestRun", "test-run", "test-results", "assemblies", "assembly", "coverage", "unknown"];

    private static readonly string[] Doctypes =
    [
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">",
        "<!DOCTYPE coverage SYSTEM \"http://127.0.0.1:9/coverage-04.dtd\">",
        "<!DOCTYPE x [<!ELEMENT x ANY>]>",
        "<!DOCTYPE",
    ];

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static (string Text, string What)? Apply(string text, int kind, int where, int pick, int size)
    {
        XDocument document;
        try
        {
            // A tree thousands deep (an earlier change's nesting) is left to the byte changes: XDocument on it is slow.
            using (var scan = XmlReader.Create(new StringReader(text), Settings))
                while (scan.Read())
                    if (scan.Depth > 1_000) return null;
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
        if (document.Root is not { } root) return null;
        var elements = root.DescendantsAndSelf().ToList();
        var attributes = elements.SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList();
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        string Placeholder(string value)
        {
            var key = $"RAW{raw.Count}RAW";
            raw[key] = value;
            return key;
        }
        var element = elements[where % elements.Count];
        var path = Path(element);
        var value = Values[pick % Values.Length];
        string what;
        switch (kind % 7)
        {
            case 0 when attributes.Count > 0:
            {
                var attribute = attributes[where % attributes.Count];
                what = $"{Path(attribute.Parent!)}/@{attribute.Name.LocalName} := {value}";
                attribute.Value = Placeholder(value.Replace("\"", "&quot;", StringComparison.Ordinal));
                break;
            }
            case 2:
            {
                var depth = (int[])[10, 100, 1_000, 20_000, 100_000];
                var n = depth[size % depth.Length];
                var name = pick % 2 == 0 ? element.Name.LocalName : "x";
                var nest = string.Concat(Enumerable.Repeat($"<{name}>", n)) + element.ToString(SaveOptions.DisableFormatting) + string.Concat(Enumerable.Repeat($"</{name}>", n));
                if (element == root) return (string.Concat(Enumerable.Repeat($"<{name}>", n)) + Write(document, raw) + string.Concat(Enumerable.Repeat($"</{name}>", n)), $"the root nested in {n} <{name}>");
                element.ReplaceWith(new XText(Placeholder(nest)));
                what = $"{path} nested in {n} <{name}>";
                break;
            }
            case 3 when element != root:
            {
                var copies = 1 + (pick % 3 == 0 ? 5_000 : pick % 5);
                for (var i = 0; i < copies; i++) element.AddAfterSelf(new XElement(element));
                what = $"{path} repeated {copies} times";
                break;
            }
            case 4 when attributes.Count > 0:
            {
                var attribute = attributes[where % attributes.Count];
                var name = attribute.Name.LocalName;
                what = $"{Path(attribute.Parent!)}/@{name} written twice";
                attribute.Value = Placeholder(attribute.Value.Replace("\"", "&quot;", StringComparison.Ordinal) + $"\" {name}=\"{value}");
                break;
            }
            case 5 when element != root:
                element.Remove();
                what = $"{path} removed";
                break;
            case 5:
                root.Name = root.Name.Namespace + Roots[pick % Roots.Length];
                what = $"root renamed to {Roots[pick % Roots.Length]}";
                break;
            case 6:
            {
                var doctype = Doctypes[pick % Doctypes.Length];
                return (Write(document, raw, doctype), $"DOCTYPE before the root: {doctype}");
            }
            default:
            {
                var leaves = elements.Where(e => !e.HasElements).ToList();
                var leaf = leaves.Count > 0 ? leaves[where % leaves.Count] : element;
                what = $"{Path(leaf)} text := {value}";
                leaf.ReplaceNodes(new XText(Placeholder(value)));
                break;
            }
        }
        return (Write(document, raw), what);
    }

    private static string Write(XDocument document, Dictionary<string, string> raw, string? doctype = null)
    {
        var text = (document.Declaration is { } declaration ? declaration + "\n" : "") + (doctype is null ? "" : doctype + "\n")
            + document.Root!.ToString(SaveOptions.DisableFormatting);
        foreach (var (key, value) in raw) text = text.Replace(key, value, StringComparison.Ordinal);
        return text;
    }

    private static string Path(XElement element)
    {
        var names = element.AncestorsAndSelf().Select(e => e.Name.LocalName).Take(12).Reverse();
        return (element.AncestorsAndSelf().Skip(12).Any() ? "/…" : "") + "/" + string.Join("/", names);
    }
}
