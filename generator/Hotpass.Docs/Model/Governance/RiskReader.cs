using System.Globalization;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Governance;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Turns a risk declaration into a <see cref="Risk"/>, checking its scores, RPN arithmetic and status.</summary>
internal static class RiskReader
{
    public static Risk? Read(Declaration declaration, DiagnosticBag diagnostics)
    {
        var probe = new DeclarationFieldReader(declaration, "A risk", diagnostics);
        var id = probe.Required("id");
        if (id is null) return null;
        var fields = new DeclarationFieldReader(declaration, $"Risk '{id}'", diagnostics) { Id = id };
        var title = fields.Required("title");
        var severity = fields.Score("severity");
        var occurrence = fields.Score("occurrence");
        var detection = fields.Score("detection");
        var computed = severity * occurrence * detection;
        return new Risk(
            id,
            title ?? id,
            fields.Text("effect"),
            severity,
            occurrence,
            detection,
            CheckRpn(fields, id, severity, occurrence, detection, computed, diagnostics),
            fields.Text("owner"),
            ReadStatus(fields, id, diagnostics),
            fields.List("mitigated_by"),
            declaration.Location,
            declaration.Page);
    }

    /// <summary>The computed RPN; a given <c>rpn</c> is only compared, so the model never carries a wrong product.</summary>
    private static int? CheckRpn(DeclarationFieldReader fields, string id, int? s, int? o, int? d, int? computed, DiagnosticBag diagnostics)
    {
        var text = fields.Text("rpn");
        if (text is null) return computed;
        var at = fields["rpn"]!.Location;
        var normalised = text.Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(normalised, NumberStyles.None, CultureInfo.InvariantCulture, out var given))
        {
            diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, at, fields.Subject, "rpn", $"must be a whole number, not '{text}'");
            return computed;
        }
        if (computed is not null && given != computed)
            diagnostics.Report(DiagnosticCodes.RiskRpnMismatch, at, id, given, s, o, d, computed);
        return computed;
    }

    private static RiskStatus? ReadStatus(DeclarationFieldReader fields, string id, DiagnosticBag diagnostics)
    {
        var text = fields.Text("status");
        if (text is null) return null;
        RiskStatus? status = text.ToLowerInvariant() switch
        {
            "open" => RiskStatus.Open,
            "mitigating" => RiskStatus.Mitigating,
            "accepted" => RiskStatus.Accepted,
            "closed" => RiskStatus.Closed,
            _ => null,
        };
        if (status is null) diagnostics.Report(DiagnosticCodes.RiskStatusUnknown, fields["status"]!.Location, id, text);
        return status;
    }
}
