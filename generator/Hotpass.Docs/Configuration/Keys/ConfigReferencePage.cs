using System.Text;

namespace Hotpass.Docs.Configuration.Keys;

/// <summary>Writes the published reference page of <c>hotpass-docs.yml</c> from <see cref="ConfigKeys.All"/>, so the page
/// cannot name a key the reader does not know, or miss one (a test compares the shipped page with this output).</summary>
internal static class ConfigReferencePage
{
    /// <summary>Where the page ships, relative to the repository root.</summary>
    public const string ShippedPath = "content/reference/docs-build-configuration.md";

    public static string Markdown(IReadOnlyList<ConfigKey> keys)
    {
        var page = new StringBuilder();
        page.Append(Head);
        foreach (var key in keys.Where(k => k.Kind != ConfigValueKind.Mapping))
            page.Append("| `").Append(key.Path).Append("` | ").Append(Value(key)).Append(" | ").Append(key.Default)
                .Append(" | ").Append(key.Meaning).Append(" |\n");
        page.Append('\n').Append(EditLinks).Append('\n');
        return page.ToString();
    }

    private static string Value(ConfigKey key) => key.Allowed.Count == 0
        ? key.Value
        : key.Value + ": " + string.Join(", ", key.Allowed.Select(a => "`" + a + "`"));

    private static readonly string Head = """
        ---
        title: Docs build configuration
        summary: Every key of hotpass-docs.yml, the configuration of this site's build, with its default.
        type: reference
        owner: Engineering
        last_reviewed: 2025-11-23
        review_every: P180D
        order: 91
        ---
        <!-- Generated from ConfigKeys.All by ConfigReferencePage; do not edit by hand.
             Regenerate with: UPDATE_GOLDEN=1 dotnet test Hotpass.Docs.sln --filter ConfigReferenceTests -->
        The documentation site is built by Hotpass.Docs from `hotpass-docs.yml` at the site root. Every key is optional.
        An unknown key is a warning (HPD002) and a bad value an error (HPD003) at its line and column; the default is then
        used (see [diagnostic codes](diagnostic-codes.md)). The same keys are a JSON Schema for editors:
        `hotpass-docs schema` prints it, and `hotpass-docs init` writes it beside a new site's configuration.

        ## Keys

        A key with a dot is inside a mapping (`evidence.dir` is `dir:` under `evidence:`); `sections[].folder` is a key of
        each item of the `sections` list.

        | Key | Value | Default | Meaning |
        | --- | --- | --- | --- |

        """.ReplaceLineEndings("\n");

    private static readonly string EditLinks = """
        ## Edit links

        With `repo_url` and `edit_uri` set, every page's footer links to where its markdown is edited, as MkDocs makes the
        link: `edit_uri` (given a trailing `/`) followed by the page's path under the content folder, joined onto
        `repo_url` (given a trailing `/`). An absolute `edit_uri` is used without `repo_url`. Each part of the page's path is
        percent-encoded.

        | `repo_url` | `edit_uri` | Link of `content/how-to/rotate.md` |
        | --- | --- | --- |
        | `https://github.com/ORG/REPO` | `edit/main/content/` | `https://github.com/ORG/REPO/edit/main/content/how-to/rotate.md` |
        | `https://gitlab.example/GROUP/REPO` | `/GROUP/REPO/-/edit/main/content/` | `https://gitlab.example/GROUP/REPO/-/edit/main/content/how-to/rotate.md` |
        | `https://dev.azure.com/ORG/PROJECT/_git/REPO` | `?path=/content/` | `https://dev.azure.com/ORG/PROJECT/_git/REPO?path=/content/how-to/rotate.md` |
        | none | `https://forge.example/REPO/edit/trunk/content/` | `https://forge.example/REPO/edit/trunk/content/how-to/rotate.md` |

        Unlike MkDocs, no `edit_uri` is guessed from `repo_url`. A risk's or control's page links to the page that declares
        it; the register, matrix, requirement and evidence pages have no edit link. Refused, as HPD003 at the value: a
        `repo_url` that is not an absolute http(s) URL, an `edit_uri` with another scheme or a `//host`, a relative
        `edit_uri` without `repo_url`, and spaces, quotes or angle brackets in either.
        """.ReplaceLineEndings("\n");
}
