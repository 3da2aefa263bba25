using System.Globalization;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>The words every export uses for a row's cells, so JSON, CSV and markdown agree.</summary>
internal static class MatrixText
{
    public static string Status(ControlStatus? status) => status?.ToString().ToLowerInvariant() ?? "unknown";

    public static string Risks(MatrixRow row) =>
        string.Join("; ", row.Risks.Select(r => r.Rpn is { } rpn ? $"{r.Id} ({rpn.ToString(CultureInfo.InvariantCulture)})" : r.Id));

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
