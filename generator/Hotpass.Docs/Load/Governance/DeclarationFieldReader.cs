using System.Globalization;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Governance;

/// <summary>Types the fields of one declaration, reporting each bad value where it was written.</summary>
internal sealed class DeclarationFieldReader(Declaration declaration, string subject, DiagnosticBag diagnostics)
{
    /// <summary>"Risk 'RSK-X'" or "Control 'CTL-Y'", as messages name the declaration.</summary>
    public string Subject => subject;

    public FieldValue? this[string name] => declaration.Fields.GetValueOrDefault(name);

    /// <summary>A single value; a list is reported. Empty text counts as absent.</summary>
    public string? Text(string name)
    {
        if (this[name] is not { } field) return null;
        if (field.Text is null)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, field.Location, subject, name, "must be a single value");
            return null;
        }
        return string.IsNullOrWhiteSpace(field.Text) ? null : field.Text.Trim();
    }

    /// <summary>A required single value: reported when absent (HPD308) or, in a table, when its cell is empty (HPD324).</summary>
    public string? Required(string name)
    {
        var text = Text(name);
        if (text is not null) return text;
        var field = this[name];
        if (field is { Column: { } column })
            diagnostics.Report(DiagnosticCodes.GovernanceTableEmptyCell, field.Location, column, GovernanceFields.Noun(declaration.Kind), name);
        else if (field is null || field.Text is not null)
            diagnostics.Report(DiagnosticCodes.GovernanceFieldMissing, field?.Location ?? declaration.Location, subject, name);
        return null;
    }

    /// <summary>A yes/no value (<c>true</c> or <c>false</c>); absent is <paramref name="absent"/>, anything else reported.</summary>
    public bool Flag(string name, bool absent)
    {
        if (Text(name) is not { } text) return absent;
        if (text is "true" or "false") return text == "true";
        diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, this[name]!.Location, subject, name, "must be true or false");
        return absent;
    }

    public IReadOnlyList<IdReference> List(string name)
    {
        if (this[name] is not { } field) return [];
        if (field.Text is null && field.Node is not null and not Load.Yaml.YamlSequence)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, field.Location, subject, name, "must be a list of values");
            return [];
        }
        return field.Items;
    }

    /// <summary>An FMEA score, 1–10; anything else, text included, is reported at the value.</summary>
    public int? Score(string name)
    {
        var text = Required(name);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 10) return score;
        diagnostics.Report(DiagnosticCodes.RiskScoreInvalid, this[name]!.Location, Id, name, text);
        return null;
    }

    public string Id { get; init; } = "";
}
