namespace Hotpass.Docs.Render.Templates.View;

/// <summary>A section in the sidebar; only the active one lists its pages, and a section too large to list
/// (<see cref="Truncated"/>) points at its index instead.</summary>
/// <param name="Active">The page being rendered is in this section.</param>
/// <param name="Current">The page being rendered is this section's index.</param>
/// <param name="Count">How many pages the section holds besides its index.</param>
internal sealed record NavSection(
    string Title,
    string Url,
    bool Active,
    bool Current,
    int Count,
    bool Truncated,
    IReadOnlyList<NavLink> Pages);
