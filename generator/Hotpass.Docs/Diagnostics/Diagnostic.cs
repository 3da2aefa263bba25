using System.Globalization;

namespace Hotpass.Docs.Diagnostics;

/// <summary>One reported problem: what (descriptor and message), where, and how severe after configuration.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, SourceLocation Location, string Message)
{
    public string Code => Descriptor.Code;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, descriptor.DefaultSeverity, location,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));

    public override string ToString() =>
        $"{Location}: {SeverityName(Severity)} {Code}: {Message}";

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };
}
