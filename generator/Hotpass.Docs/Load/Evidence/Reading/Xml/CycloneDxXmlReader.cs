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
        XmlWalk.Run(reader, (r, path) =>
        {
            var name = r.LocalName;
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
            if (inMetadata && path.Contains("tools") && (path.EndsWith("tool") || path.EndsWith("component") || path.EndsWith("service"))
                && name is "vendor" or "name" or "version")
            {
                var text = r.ReadElementContentAsString();
                if (name == "vendor") toolVendor = text; else if (name == "name") toolName = text; else toolVersion = text;
                return true;
            }
            if (inMetadata) return false;
            if (name == "component" && InTree(path, "components", "component")) tally.Component(r.GetAttribute("type"));
            else if (name == "service" && InTree(path, "services", "service")) tally.Services++;
            else if (path.Count > 2 && path[1] == "components" && path.EndsWith("component", "licenses", "license") && name is "id" or "name") { tally.License(r.ReadElementContentAsString()); return true; }
            else if (path.Count > 2 && path[1] == "components" && path.EndsWith("component", "licenses") && name == "expression") { tally.License(r.ReadElementContentAsString()); return true; }
            else if (path.EndsWith("vulnerability", "ratings", "rating") && name == "severity") { severities.Add(r.ReadElementContentAsString()); return true; }
            return false;
        }, (name, path) =>
        {
            if (path.Count >= 2 && path[1] == "metadata" && path.Contains("tools") && name is "tool" or "component" or "service")
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

    /// <summary>True for <c>bom/components(/component/components)*</c>: the BOM's own inventory, not the tools of a
    /// vulnerability or a formulation, which also list components.</summary>
    private static bool InTree(IReadOnlyList<string> path, string list, string item)
    {
        if (path.Count < 2 || path[1] != list || path.Count % 2 != 0) return false;
        for (var i = 2; i < path.Count; i += 2)
            if (path[i] != item || path[i + 1] != list) return false;
        return true;
    }
}
