namespace Hotpass.Docs.Diagnostics;

/// <summary>How much a diagnostic matters: errors fail the build, warnings fail it under --strict.</summary>
public enum Severity
{
    Hidden,
    Info,
    Warning,
    Error,
}
