namespace Hotpass.Docs.Diagnostics;

/// <summary>A kind of problem: its stable code, default severity, constant message template, what an error of it
/// means for the exit code, and whether configuration may change its severity.</summary>
/// <param name="ExitClass">Which exit code an error of this kind gives: a failed gate (1) or unusable configuration (2).</param>
/// <param name="Locked">Safety diagnostics (output over the sources, unsafe output paths) keep their severity whatever
/// <c>diagnostics:</c> overrides or <c>none</c> say.</param>
/// <param name="Help">What to do about it, for the published catalogue of codes.</param>
public sealed record DiagnosticDescriptor(
    string Code,
    Severity DefaultSeverity,
    string Title,
    string MessageFormat,
    ExitClass ExitClass = ExitClass.Gate,
    bool Locked = false,
    string? Help = null);
