namespace Hotpass.Docs.Configuration.Keys;

/// <summary>Every key of <c>hotpass-docs.yml</c>, the one table the configuration reader takes its known keys from and
/// the reference page and JSON Schema are generated from, so none of them can name a key the others do not.</summary>
internal static class ConfigKeys
{
    private const string Folder = "folder under the root";
    private const string DurationValue = "ISO 8601 duration such as `P14D`";

    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        new("title", ConfigValueKind.Text, "text", "`Documentation`", "The site's name, in the header and every page's title."),
        new("content", ConfigValueKind.Folder, Folder, "`content`", "Where the markdown pages and their assets are."),
        new("templates", ConfigValueKind.Folder, Folder, "`templates`", "Theme files that replace the built-in theme's, by name."),
        new("out", ConfigValueKind.Folder, "folder", "`_site`", "Where the site is written (`--out` overrides it)."),
        new("out_force", ConfigValueKind.Flag, "`true` or `false`", "`false`", "Replace an output folder this tool did not make (as `--force`)."),
        new("base_url", ConfigValueKind.Text, "absolute http(s) URL or `/path/`", "none",
            "Where the site is published; needed for `sitemap.xml` (`--base-url` overrides it)."),
        new("repo_url", ConfigValueKind.Text, "absolute http(s) URL", "none", "The repository's web address; with `edit_uri` it makes each page's edit link."),
        new("edit_uri", ConfigValueKind.Text, "path, `?query` or absolute http(s) URL", "none",
            "Where the content folder is edited; see [Edit links](#edit-links). Empty or unset: no edit links."),
        new("as_of", ConfigValueKind.Text, "timestamp, `now` or `commit`", "`now`",
            "The instant reviews and evidence freshness are judged at (`--as-of` overrides it)."),
        new("as_of_note", ConfigValueKind.Text, "text", "none", "Shown after the as-of instant in every page's footer."),
        new("sections", ConfigValueKind.MappingList, "list of mappings", "the four Diátaxis folders and `governance`",
            "The sections of the navigation, in order."),
        new("sections[].folder", ConfigValueKind.Text, "folder under the content folder", "none (required)", "The section's folder.") { Required = true },
        new("sections[].title", ConfigValueKind.Text, "text", "the folder's name", "The section's name in the navigation."),
        new("sections[].type", ConfigValueKind.Choice, "a Diátaxis type", "none",
            "The type of the section's pages unless their front matter names one.") { Allowed = ["tutorial", "how-to", "reference", "explanation"] },
        new("nav", ConfigValueKind.Mapping, "mapping", "", "Navigation settings."),
        new("nav.max_section_pages", ConfigValueKind.WholeNumber, "whole number", "`40`",
            "A section with more pages lists none in the sidebar (its index page lists them).") { Minimum = 0 },
        new("diagnostics", ConfigValueKind.SeverityMap, "mapping of code to severity", "none",
            "Severity overrides, such as `HPD453: info`; `none` hides a code. Locked codes keep theirs.")
        {
            Allowed = ["error", "warning", "info", "none", "hidden"],
        },
        new("frameworks", ConfigValueKind.Folder, Folder, "none", "Extra or replacing framework catalogues (see [governance declarations](governance-declarations.md))."),
        new("governance", ConfigValueKind.Mapping, "mapping", "", "Governance gates and where generated pages go."),
        new("governance.rpn_threshold", ConfigValueKind.WholeNumber, "whole number from 1 to 1000", "`200`",
            "A risk whose risk priority number reaches it needs a mitigating control.") { Minimum = 1, Maximum = 1000 },
        new("governance.default_cadence", ConfigValueKind.Text, "cadence word (`monthly`, `per build`, …) or " + DurationValue, "none",
            "The cadence of a control that names none; without it such a control that cites evidence is an error (HPD313)."),
        new("governance.sprint", ConfigValueKind.Duration, DurationValue, "`P14D`", "How long a sprint is, for the cadence `each sprint`."),
        new("governance.release_max_age", ConfigValueKind.Duration, DurationValue, "`P90D`",
            "How old evidence of a per-release cadence may grow before releases are presumed to have stopped."),
        new("governance.pr_max_age", ConfigValueKind.Duration, DurationValue, "`P14D`", "The same for a per-pull-request cadence."),
        new("governance.max_waiver", ConfigValueKind.Duration, DurationValue, "`P90D`",
            "The longest a waiver may run, from its `approved_on` to its `expires`; a longer one is an error (HPD353)."),
        new("governance.pages", ConfigValueKind.Text, "folder inside the site (letters, digits, `-`, `_`, `.`)", "`governance`",
            "Where the generated register, matrix, risk, control and requirement pages go."),
        new("exclude", ConfigValueKind.GlobList, "list of globs relative to the root", "none",
            "Files left out of every input folder (content, templates, evidence, frameworks), such as `content/drafts/**` or "
            + "`**/*.bak`; a glob ending in `/` names a folder. Editors' leftovers (`NAME~`, `#NAME#`, `.#NAME`, `*.swp`, "
            + "`*.swo`, `.DS_Store`) are always left out."),
        new("evidence", ConfigValueKind.FolderOrMapping, Folder + ", or mapping", "`evidence`",
            "The evidence folder (`evidence: DIR` is short for `evidence: { dir: DIR }`)."),
        new("evidence.dir", ConfigValueKind.Folder, Folder, "`evidence`", "The evidence folder."),
        new("evidence.due_fraction", ConfigValueKind.Fraction, "number from 0 to below 1", "`0.2`",
            "The last part of a cadence in which evidence counts as due (a warning, HPD453)."),
        new("evidence.commit", ConfigValueKind.Text, "commit SHA", "HEAD of the site's git checkout",
            "The commit per-build evidence must carry (`--commit` overrides it)."),
        new("evidence.keys", ConfigValueKind.MappingList, "list of mappings", "none",
            "Public keys whose DSSE signatures on evidence are trusted (see [site verification](site-verification.md))."),
        new("evidence.keys[].id", ConfigValueKind.Text, "text", "none (required)", "The key's name; a signature's `keyid` may give it.") { Required = true },
        new("evidence.keys[].algorithm", ConfigValueKind.Choice, "`ecdsa-p256` or `ed25519`", "none (required)", "The key's algorithm.")
        {
            Required = true, Allowed = ["ecdsa-p256", "ed25519"],
        },
        new("evidence.keys[].public_key", ConfigValueKind.Text, "PEM `PUBLIC KEY` block", "none (required)",
            "The public key (SubjectPublicKeyInfo), as `openssl pkey -pubout` writes it.") { Required = true },
    ];

    /// <summary>The names of the keys a mapping at <paramref name="parent"/> may hold (empty: the top level).</summary>
    public static HashSet<string> NamesUnder(string parent) =>
        All.Where(k => k.Parent == parent).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
}
