using System.Xml;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>CycloneDX 1.2–1.6 XML, streamed; the spec version is the one in the namespace
/// (<c>http://cyclonedx.org/schema/bom/1.4</c>).</summary>
internal sealed class CycloneDxXmlReader : XmlEvidenceReader
{
    public const string NamespacePrefix = "http://cyclonedx.org/schema/bom/";

    public override string FormatName => "CycloneDX XML";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new SbomTally();
        string? toolVendor = null, toolName = null, toolVersion = null;
        var severities = new List<string?>();
        // What each per-element test needs to know of the ancestors, kept per depth as the walk goes down, so a test
        // costs the same at depth 20,000 as at depth 2: scanning the path each time made a deeply nested file quadratic
        // (a 1.1 MB file of nested components took 6 s). tree[d]: the list name when the first d ancestors are
        // bom/LIST(/ITEM/LIST)*(/ITEM)?, else null; inTools[d]: whether one of them is <tools>.
        var tree = new List<string?> { "" };
        var inTools = new List<bool> { false };
        XmlWalk.Run(reader, (r, path) =>
        {
            var name = r.LocalName;
            var depth = path.Count;
            AtDepth(tree, depth + 1, NextTree(tree[depth], depth, name));
            AtDepth(inTools, depth + 1, inTools[depth] || name == "tools");
            if (path.Count == 0 && name == "bom")
            {
                tally.SpecVersion = r.NamespaceURI.StartsWith(NamespacePrefix, StringComparison.Ordinal) ? r.NamespaceURI[NamespacePrefix.Length..] : r.NamespaceURI;
                return false;
            }
            var inMetadata = path.Count >= 2 && path[1] == "metadata";
            if (inMetadata && path.Count == 2 && name == "timestamp") { tally.Timestamp = r.ReadElementContentAsString(); return true; }
            if (inMetadata && path.EndsWith("metadata", "component") && name is "name" or "version")
            {
                var text = r.ReadElementContentAsString();
                if (name == "name") tally.SubjectName = text; else tally.SubjectVersion = text;
                return true;
            }
            if (inMetadata && inTools[depth] && (path.EndsWith("tool") || path.EndsWith("component") || path.EndsWith("service"))
                && name is "vendor" or "name" or "version")
            {
                var text = r.ReadElementContentAsString();
                if (name == "vendor") toolVendor = text; else if (name == "name") toolName = text; else toolVersion = text;
                return true;
            }
            if (inMetadata) return false;
            if (name == "component" && InTree(tree, depth, "components")) tally.Component(r.GetAttribute("type"));
            else if (name == "service" && InTree(tree, depth, "services")) tally.Services++;
            else if (path.Count > 2 && path[1] == "components" && path.EndsWith("component", "licenses", "license") && name is "id" or "name") { tally.License(r.ReadElementContentAsString()); return true; }
            else if (path.Count > 2 && path[1] == "components" && path.EndsWith("component", "licenses") && name == "expression") { tally.License(r.ReadElementContentAsString()); return true; }
            else if (path.EndsWith("vulnerability", "ratings", "rating") && name == "severity") { severities.Add(r.ReadElementContentAsString()); return true; }
            return false;
        }, (name, path) =>
        {
            if (path.Count >= 2 && path[1] == "metadata" && inTools[path.Count] && name is "tool" or "component" or "service")
            {
                tally.Tool(toolVendor, toolName, toolVersion);
                toolVendor = toolName = toolVersion = null;
            }
            else if (name == "vulnerability" && path.EndsWith("vulnerabilities"))
            {
                tally.Vulnerability(severities);
                severities.Clear();
            }
        });
        if (!SpecVersions.Accept(tally.SpecVersion, SpecVersions.CycloneDx, FormatName, input, diagnostics)) return null;
        var time = Time(tally.Timestamp, "metadata/timestamp", input, diagnostics);
        return new EvidenceRead(new EvidenceFormat(FormatName, tally.SpecVersion), tally.ToFacts(), time);
    }

    /// <summary>True for an item whose ancestors are <c>bom/components(/component/components)*</c>: the BOM's own
    /// inventory, not the tools of a vulnerability or a formulation, which also list components.</summary>
    private static bool InTree(List<string?> tree, int depth, string list) => depth >= 2 && depth % 2 == 0 && tree[depth] == list;

    /// <summary><c>tree[depth + 1]</c> from <c>tree[depth]</c> and the element at that depth: the root, then the list
    /// it opens at depth 1, then its item and the same list in turn.</summary>
    private static string? NextTree(string? parent, int depth, string name) => (parent, depth) switch
    {
        (null, _) => null,
        (_, 0) => "",
        (_, 1) => name,
        _ when depth % 2 == 0 => name == ItemOf(parent) ? parent : null,
        _ => name == parent ? parent : null,
    };

    private static string? ItemOf(string list) => list switch
    {
        "components" => "component",
        "services" => "service",
        _ => null,
    };

    /// <summary>Sets the value for ancestors <paramref name="depth"/> deep, growing the list by one when the walk first goes that deep.</summary>
    private static void AtDepth<T>(List<T> values, int depth, T value)
    {
        if (depth == values.Count) values.Add(value);
        else values[depth] = value;
    }
}
