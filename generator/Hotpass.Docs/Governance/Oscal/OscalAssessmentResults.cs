using System.Text.Json;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Governance.Oscal;

/// <summary>Writes the site's evidence status as an OSCAL 1.0.6 Assessment Results document (JSON): one result as of
/// the build's instant, one observation per evidence file (<c>collected</c>, <c>expires</c>) and one finding per
/// control, whose target is satisfied or not from the same status <c>matrix.json</c> gives it.</summary>
/// <remarks>Every UUID is a version 5 UUID of the site and an id, and every time comes from the model's as-of instant
/// or the files themselves, so the same inputs give the same bytes. Shape: content/reference/matrix-format.md.</remarks>
public static class OscalAssessmentResults
{
    public const string OscalVersion = "1.0.6";

    /// <summary>Where a prop's name is defined: this tool, not OSCAL's own vocabulary.</summary>
    public const string PropNamespace = "urn:hotpass-docs:oscal";

    public static void Write(TextWriter writer, SiteModel site) => JsonText.Write(writer, json => new Writer(json, site).Document());

    private sealed class Writer(Utf8JsonWriter json, SiteModel site)
    {
        private readonly Guid _ns = OscalUuid.SiteNamespace(site.Config.BaseUrl, site.Config.RepoUrl, site.Config.Title);
        private readonly GovernancePaths _paths = new(site.Governance.Settings.PagesFolder);
        private readonly string _asOf = Timestamps.Iso(site.AsOf);

        public void Document()
        {
            json.WriteStartObject();
            json.WriteStartObject("assessment-results");
            json.WriteString("uuid", Uuid("assessment-results@" + _asOf));
            json.WriteStartObject("metadata");
            json.WriteString("title", OscalText.Value(site.Config.Title + " evidence assessment results") ?? "Evidence assessment results");
            json.WriteString("last-modified", _asOf);
            json.WriteString("version", _asOf);
            json.WriteString("oscal-version", OscalVersion);
            json.WriteEndObject();
            json.WriteStartObject("import-ap");
            json.WriteString("href", MatrixExportStep.JsonPath);
            json.WriteString("remarks", "No OSCAL assessment plan is kept: the controls the site declares, with their cadences and expect "
                + "conditions, are the plan, and matrix.json lists them.");
            json.WriteEndObject();
            json.WriteStartArray("results");
            Result();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void Result()
        {
            var items = site.Evidence.Items;
            json.WriteStartObject();
            json.WriteString("uuid", Uuid("result@" + _asOf));
            json.WriteString("title", "Evidence status as of " + _asOf);
            json.WriteString("description", "Each evidence file the site publishes, as an observation, and each control the site declares, "
                + "as a finding judged from its evidence at the as-of instant.");
            var earliest = items.Select(i => i.CollectedAt).Where(t => t is { } v && v <= site.AsOf).Min();
            json.WriteString("start", Timestamps.Iso(earliest ?? site.AsOf));
            json.WriteString("end", _asOf);
            json.WriteStartObject("reviewed-controls");
            json.WriteStartArray("control-selections");
            json.WriteStartObject();
            json.WriteString("description", "Every control the site declares.");
            json.WriteStartObject("include-all");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            if (items.Count > 0)
            {
                json.WriteStartArray("observations");
                foreach (var item in items) Observation(item);
                json.WriteEndArray();
            }
            if (site.Governance.Controls.Count > 0)
            {
                var rows = site.Matrix.Rows.Where(r => r.Control is not null).ToLookup(r => r.Control!.Id, StringComparer.Ordinal);
                json.WriteStartArray("findings");
                foreach (var control in site.Governance.Controls) Finding(control, [.. rows[control.Id]]);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        private void Observation(EvidenceItem item)
        {
            json.WriteStartObject();
            json.WriteString("uuid", ObservationUuid(item));
            json.WriteString("title", OscalText.Value(item.Title) ?? OscalText.Value(item.Id) ?? item.Path);
            json.WriteString("description", OscalText.Value(item.Description) ?? OscalText.Value($"{item.Format.Name} file {item.Path}")!);
            json.WriteStartArray("props");
            Prop("evidence-id", item.Id);
            Prop("path", item.Path);
            Prop("kind", item.Kind.ToString());
            Prop("sha256", item.Sha256);
            Prop("commit", item.Commit);
            Prop("status", site.Evidence.StatusOf(item)?.StatusText);
            json.WriteEndArray();
            if (WebAddress.IsLinkable(item.SourceUrl))
            {
                json.WriteStartArray("links");
                Link(item.SourceUrl!, "source", "Where the file was made");
                json.WriteEndArray();
            }
            json.WriteStartArray("methods");
            json.WriteStringValue(item.Kind is EvidenceKind.TestRun or EvidenceKind.CiRun or EvidenceKind.StaticAnalysis or EvidenceKind.Coverage ? "TEST" : "EXAMINE");
            json.WriteEndArray();
            json.WriteStartArray("relevant-evidence");
            Evidence(UrlEncoding.Href(EvidencePaths.Page(item)), "The file's page: what it shows and the controls citing it.");
            Evidence(UrlEncoding.Href(EvidencePaths.Raw(item)), $"The file as collected (published with a .txt suffix); SHA-256 {item.Sha256}.");
            json.WriteEndArray();
            json.WriteString("collected", Timestamps.Iso(item.CollectedAt ?? site.AsOf));
            if (EvidenceExpiry.Of(item, site) is { } expires) json.WriteString("expires", Timestamps.Iso(expires));
            if (item.CollectedAt is null)
                json.WriteString("remarks", "The file carries no collection time; the as-of instant stands in for it, and no control counts it as fresh.");
            json.WriteEndObject();
        }

        private void Finding(Control control, IReadOnlyList<MatrixRow> rows)
        {
            var judgement = site.Evidence.For(control);
            // The matrix's own status, so the finding and matrix.json cannot disagree.
            var status = rows.Count > 0 ? rows[0].Status : judgement.Status;
            var (state, reason) = OscalObjective.Of(status);
            json.WriteStartObject();
            json.WriteString("uuid", Uuid("finding:" + control.Id));
            json.WriteString("title", OscalText.Value(control.Id + " " + control.Title) ?? OscalText.Token(control.Id));
            json.WriteString("description", OscalText.Value(judgement.Reason) ?? MatrixText.Status(status));
            json.WriteStartArray("props");
            Prop("control-id", control.Id);
            Prop("status", MatrixText.Status(status));
            Prop("cadence", control.Cadence?.Name);
            Prop("owner", control.Owner);
            foreach (var row in rows)
                if (row.Requirement is { } requirement) Prop("satisfies", requirement.Key);
            foreach (var risk in site.Governance.RisksFor(control)) Prop("mitigates", risk.Id);
            json.WriteEndArray();
            json.WriteStartArray("links");
            Link(UrlEncoding.Href(_paths.Control(control)), "reference", "The control's page");
            json.WriteEndArray();
            json.WriteStartObject("target");
            json.WriteString("type", "objective-id");
            json.WriteString("target-id", OscalText.Token(control.Id));
            json.WriteStartObject("status");
            json.WriteString("state", state);
            json.WriteString("reason", reason);
            json.WriteEndObject();
            json.WriteEndObject();
            var observed = judgement.Matches.Select(ObservationUuid).Distinct(StringComparer.Ordinal).ToList();
            if (observed.Count > 0)
            {
                json.WriteStartArray("related-observations");
                foreach (var uuid in observed)
                {
                    json.WriteStartObject();
                    json.WriteString("observation-uuid", uuid);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        /// <summary>A prop in this tool's namespace; nothing when the value is absent or blank (OSCAL forbids empty values).</summary>
        private void Prop(string name, string? value)
        {
            if (OscalText.Value(value) is not { } text) return;
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("ns", PropNamespace);
            json.WriteString("value", text);
            json.WriteEndObject();
        }

        private void Link(string href, string rel, string text)
        {
            json.WriteStartObject();
            json.WriteString("href", href);
            json.WriteString("rel", rel);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        private void Evidence(string href, string description)
        {
            json.WriteStartObject();
            json.WriteString("href", href);
            json.WriteString("description", description);
            json.WriteEndObject();
        }

        private readonly Dictionary<string, string> _observations = new(StringComparer.Ordinal);

        /// <summary>The file's content is part of its name: a new report under the same id is a new observation. Made once
        /// per file, though every control citing it names it.</summary>
        private string ObservationUuid(EvidenceItem item)
        {
            if (!_observations.TryGetValue(item.Path, out var uuid)) _observations[item.Path] = uuid = Uuid("observation:" + item.Id + "@" + item.Sha256);
            return uuid;
        }

        private string Uuid(string name) => OscalUuid.V5(_ns, name).ToString("D");
    }
}
