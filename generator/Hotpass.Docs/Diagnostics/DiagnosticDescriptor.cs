namespace Hotpass.Docs.Diagnostics;

/// <summary>A kind of problem: its stable code, default severity and constant message template.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, string Title, string MessageFormat);
