using System.Collections.Concurrent;

namespace Hotpass.Docs.Diagnostics;

/// <summary>Collects diagnostics from every stage, on any thread; severities are settled once, at the end, by a <see cref="SeverityPolicy"/>.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, location, args));

    public int Count => _items.Count;

    /// <summary>Reports a diagnostic made earlier (a page's, kept with its cached facts by an incremental rebuild).</summary>
    internal void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Everything reported, as reported (no policy applied), in no particular order.</summary>
    internal IReadOnlyList<Diagnostic> Reported => [.. _items];

    /// <summary>All diagnostics with the policy applied, hidden ones dropped, ordered by file, line, column and code
    /// so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList(SeverityPolicy? policy = null)
    {
        policy ??= SeverityPolicy.Default;
        return
        [
            .. _items
                .Select(d => d with { Severity = policy.Apply(d.Descriptor, d.Severity) })
                .Where(d => d.Severity != Severity.Hidden)
                .OrderBy(d => d.Location, SourceLocation.Order)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal),
        ];
    }
}
