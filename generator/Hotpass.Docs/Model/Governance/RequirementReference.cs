using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A <c>satisfies</c> entry: <c>FRAMEWORK:REQUIREMENT</c> as written, and where.</summary>
public sealed record RequirementReference(string Framework, string Requirement, SourceLocation Location)
{
    /// <summary>The key the matrix and lookups use: <c>NIST-SSDF:PO.3</c>.</summary>
    public string Key => Framework + ":" + Requirement;
}
