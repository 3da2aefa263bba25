using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>CycloneDX 1.2–1.6 JSON, streamed with <see cref="Utf8JsonReader"/> over the file's bytes: no document of it
/// is built, so a 50 MB SBOM costs one pass and no more memory than its bytes.</summary>
internal sealed class CycloneDxJsonReader : IEvidenceReader
{
    public string FormatName => "CycloneDX JSON";

    public long MaxBytes => EvidenceLimits.StreamedBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new SbomTally();
        var reader = new Utf8JsonReader(JsonScan.Utf8Body(input.Bytes.Span), JsonScan.Options);
        try
        {
            reader.Read();
            ReadBom(ref reader, tally);
        }
        catch (JsonException e)
        {
            JsonScan.Report(input, e, reader.CurrentDepth, diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceInvalid, input.FileLocation, FormatName, "a value has the wrong type");
            return null;
        }
        if (!SpecVersions.Accept(tally.SpecVersion, SpecVersions.CycloneDx, FormatName, input, diagnostics)) return null;
        var time = EvidenceTime.Parse(tally.Timestamp, "metadata.timestamp", input, diagnostics);
        return new EvidenceRead(new EvidenceFormat(FormatName, tally.SpecVersion), tally.ToFacts(), time);
    }

    private static void ReadBom(ref Utf8JsonReader reader, SbomTally tally)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Text(ref reader);
            reader.Read();
            switch (name)
            {
                case "specVersion": tally.SpecVersion = TextOrSkip(ref reader); break;
                case "metadata": ReadMetadata(ref reader, tally); break;
                case "components": ReadComponents(ref reader, tally); break;
                case "services": ReadServices(ref reader, tally); break;
                case "vulnerabilities": ReadVulnerabilities(ref reader, tally); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadMetadata(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Text(ref reader);
            reader.Read();
            switch (name)
            {
                case "timestamp": tally.Timestamp = TextOrSkip(ref reader); break;
                case "component": ReadSubject(ref reader, tally); break;
                case "tools": ReadTools(ref reader, tally); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadSubject(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Text(ref reader);
            reader.Read();
            if (name == "name") tally.SubjectName = TextOrSkip(ref reader);
            else if (name == "version") tally.SubjectVersion = TextOrSkip(ref reader);
            else reader.Skip();
        }
    }

    /// <summary>1.2–1.4 list tools as objects; 1.5+ as <c>{components: [...], services: [...]}</c>.</summary>
    private static void ReadTools(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) ReadTool(ref reader, tally);
            return;
        }
        if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); continue; }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) ReadTool(ref reader, tally);
        }
    }

    private static void ReadTool(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); return; }
        string? vendor = null, name = null, version = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = JsonValues.Text(ref reader);
            reader.Read();
            switch (key)
            {
                case "vendor": vendor = TextOrSkip(ref reader); break;
                case "name": name = TextOrSkip(ref reader); break;
                case "version": version = TextOrSkip(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        tally.Tool(vendor, name, version);
    }

    private static void ReadComponents(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
            string? type = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Text(ref reader);
                reader.Read();
                switch (name)
                {
                    case "type": type = TextOrSkip(ref reader); break;
                    case "licenses": ReadLicenses(ref reader, tally); break;
                    case "components": ReadComponents(ref reader, tally); break;
                    default: reader.Skip(); break;
                }
            }
            tally.Component(type);
        }
    }

    /// <summary><c>[{license: {id | name}}, {expression}]</c>.</summary>
    private static void ReadLicenses(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Text(ref reader);
                reader.Read();
                if (name == "expression") tally.License(TextOrSkip(ref reader));
                else if (name == "license" && reader.TokenType == JsonTokenType.StartObject)
                {
                    string? id = null, licenseName = null;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = JsonValues.Text(ref reader);
                        reader.Read();
                        if (key == "id") id = TextOrSkip(ref reader);
                        else if (key == "name") licenseName = TextOrSkip(ref reader);
                        else reader.Skip();
                    }
                    tally.License(id ?? licenseName);
                }
                else reader.Skip();
            }
        }
    }

    private static void ReadServices(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
            tally.Services++;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Text(ref reader);
                reader.Read();
                if (name == "services") ReadServices(ref reader, tally);
                else reader.Skip();
            }
        }
    }

    private static void ReadVulnerabilities(ref Utf8JsonReader reader, SbomTally tally)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
            var severities = new List<string?>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Text(ref reader);
                reader.Read();
                if (name != "ratings" || reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); continue; }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = JsonValues.Text(ref reader);
                        reader.Read();
                        if (key == "severity") severities.Add(TextOrSkip(ref reader));
                        else reader.Skip();
                    }
                }
            }
            tally.Vulnerability(severities);
        }
    }

    private static string? TextOrSkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return JsonValues.Text(ref reader);
        reader.Skip();
        return null;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type) throw new InvalidOperationException($"expected {type}");
    }
}
