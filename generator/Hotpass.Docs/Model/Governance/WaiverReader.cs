using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Turns a waiver declaration into a <see cref="Waiver"/>. A waiver with any field missing or wrong, with no
/// expiry, or longer than <c>governance.max_waiver</c> is reported and dropped, so it never hides a failing control.</summary>
internal static class WaiverReader
{
    public static Waiver? Read(Declaration declaration, IsoDuration maxLength, string maxText, DiagnosticBag diagnostics)
    {
        var probe = new DeclarationFieldReader(declaration, "A waiver", diagnostics);
        var controlId = probe.Required("control");
        var fields = controlId is null ? probe : new DeclarationFieldReader(declaration, $"Waiver of '{controlId}'", diagnostics) { Id = controlId };
        var reason = fields.Required("reason");
        var owner = fields.Required("owner");
        var approver = fields.Required("approver");
        var approvedOn = Instant(fields, "approved_on", fields.Required("approved_on"), diagnostics);
        var expiresText = fields.Text("expires");
        if (expiresText is null && fields["expires"] is null or { Text: not null })
            diagnostics.Report(DiagnosticCodes.WaiverWithoutExpiry, fields["expires"]?.Location ?? declaration.Location, fields.Subject);
        var expires = Instant(fields, "expires", expiresText, diagnostics);
        var condition = fields.Text("expect") is { } key ? new IdReference(key, fields["expect"]!.Location) : null;
        if (controlId is null || reason is null || owner is null || approver is null || approvedOn is null || expires is null) return null;
        if (expires <= approvedOn)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, fields["expires"]!.Location, fields.Subject, "expires",
                $"must come after approved_on ({Timestamps.Iso(approvedOn.Value)})");
            return null;
        }
        var longest = maxLength.AddTo(approvedOn.Value);
        if (expires > longest)
        {
            diagnostics.Report(DiagnosticCodes.WaiverTooLong, fields["expires"]!.Location, fields.Subject,
                Timestamps.Iso(approvedOn.Value), Timestamps.Iso(expires.Value), maxText, Timestamps.Iso(longest));
            return null;
        }
        return new Waiver(new IdReference(controlId, fields["control"]!.Location), condition, reason, owner, approver,
            approvedOn.Value, expires.Value, declaration.Location, declaration.Page);
    }

    private static DateTimeOffset? Instant(DeclarationFieldReader fields, string name, string? text, DiagnosticBag diagnostics)
    {
        if (text is null) return null;
        var instant = WaiverInstant.Parse(text);
        if (instant is null) diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, fields[name]!.Location, fields.Subject, name, WaiverInstant.Expected);
        return instant;
    }
}
