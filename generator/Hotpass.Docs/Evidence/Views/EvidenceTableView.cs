namespace Hotpass.Docs.Evidence.Views;

/// <summary>A small table of an item's facts (components by type, results by rule, failing tests …).</summary>
internal sealed record EvidenceTableView(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
