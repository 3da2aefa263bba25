using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Configuration;

/// <summary>Site configuration from <c>hotpass-docs.yml</c>, with defaults for every key.</summary>
public sealed record SiteConfig
{
    public const string FileName = "hotpass-docs.yml";

    /// <summary>Every folder (relative to the root) a build reads, as this configuration names them: the one list
    /// <c>serve</c> watches, so an edit anywhere a build looks rebuilds, and nowhere else does.</summary>
    public IReadOnlyList<string> InputFolders =>
        Governance.Frameworks is { } frameworks ? [ContentDir, TemplatesDir, Evidence.Dir, frameworks] : [ContentDir, TemplatesDir, Evidence.Dir];

    public string Title { get; init; } = "Documentation";
    public string ContentDir { get; init; } = "content";
    public string TemplatesDir { get; init; } = "templates";
    public string OutDir { get; init; } = "_site";
    public string? BaseUrl { get; init; }

    /// <summary>The repository's web address (<c>repo_url</c>), an absolute http(s) URL; with <see cref="EditUri"/> it
    /// makes each page's "Edit this page" link, as in MkDocs.</summary>
    public string? RepoUrl { get; init; }

    /// <summary>Where the content folder is edited (<c>edit_uri</c>): a path (<c>edit/main/content/</c>) joined onto
    /// <see cref="RepoUrl"/>, or an absolute http(s) URL; a page's edit link is it followed by the page's path under the
    /// content folder. Unset or empty: no edit links.</summary>
    public string? EditUri { get; init; }

    /// <summary>Replace the output folder even when this tool did not make it (<c>out_force: true</c>).</summary>
    public bool OutForce { get; init; }

    /// <summary>Largest configuration file read: it holds a few keys, so this only guards against hostile input.</summary>
    public const long MaxFileBytes = 1024 * 1024;
    public string? AsOf { get; init; }
    public string? AsOfNote { get; init; }
    public int NavMaxSectionPages { get; init; } = 40;
    public GovernanceSettings Governance { get; init; } = GovernanceSettings.Default;
    public EvidenceSettings Evidence { get; init; } = EvidenceSettings.Default;

    /// <summary>What the build leaves out of every input folder: editors' leftovers, and the globs of <c>exclude:</c>.</summary>
    public InputExclusions Exclude { get; init; } = InputExclusions.Default;
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    public IReadOnlyList<SectionConfig> Sections { get; init; } =
    [
        new("tutorials", "Tutorials", DiataxisType.Tutorial),
        new("how-to", "How-to guides", DiataxisType.HowTo),
        new("reference", "Reference", DiataxisType.Reference),
        new("explanation", "Explanation", DiataxisType.Explanation),
        new("governance", "Governance", null),
    ];
}
