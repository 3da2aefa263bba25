using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A page the generator makes, with what claims its output path: <paramref name="Claim"/> names it in a clash,
/// <paramref name="Location"/> is where the clash is reported (the declaration behind the page).</summary>
public sealed record GeneratedPage(Page Page, string Claim, SourceLocation Location);
