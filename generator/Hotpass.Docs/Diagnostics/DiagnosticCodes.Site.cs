namespace Hotpass.Docs.Diagnostics;

// The reader-facing site: highlighting, search, theme (HPD150–HPD159, HPD240–HPD249).
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor HighlightGaveUp = new(
        "HPD150", Severity.Warning, "Code block not highlighted",
        "Code block in '{0}' was published without highlighting: {1}", ExitClass.Gate,
        Help: "The block is over 200,000 characters or has a line over 2,000. Split it, shorten the line, "
            + "or mark it as plain text (```text) if it is not really code in that language.");

    public static readonly DiagnosticDescriptor ImageWithoutAlt = new(
        "HPD151", Severity.Warning, "Image without alt text",
        "Image '{0}' has no alt text; a screen reader announces only its file name", ExitClass.Gate,
        Help: "Say what the image shows in the brackets: ![Dashboard with the secret rotation banner](rotate.png). "
            + "A purely decorative image belongs in the theme's CSS, not in content.");

    public static readonly DiagnosticDescriptor UnknownAdmonition = new(
        "HPD152", Severity.Warning, "Unknown admonition type",
        "Unknown admonition type '{0}': it is shown as a neutral box; the theme draws {1}", ExitClass.Gate,
        Help: "Use one of the types the theme draws, or a name MkDocs Material, Docusaurus or GitHub uses for one (hint, "
            + "abstract, summary, tldr, todo, question, success, example, attention, error, failure, bug, quote): "
            + "!!! tip \"Title\", :::tip Title, > [!TIP].");
}
