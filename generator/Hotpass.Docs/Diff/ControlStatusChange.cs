namespace Hotpass.Docs.Diff;

/// <summary>A control whose status differs between two builds; null on one side when the control is new or gone.</summary>
public sealed record ControlStatusChange(string Control, string? Before, string? After);
