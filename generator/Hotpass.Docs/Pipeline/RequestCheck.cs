using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Pipeline;

/// <summary>Checks what a request names before anything is read: a usable site root, a valid base URL.</summary>
internal static class RequestCheck
{
    /// <summary>The full path of the site root, or null (with a diagnostic) when it cannot be a site.</summary>
    public static string? Root(BuildRequest request, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.File("(command line)");
        if (string.IsNullOrWhiteSpace(request.Root) || request.Root.Any(char.IsControl))
        {
            diagnostics.Report(DiagnosticCodes.RootInvalid, at, request.Root, "is empty or holds control characters");
            return null;
        }
        if (request.OutDir is { } outDir && (string.IsNullOrWhiteSpace(outDir) || outDir.Any(char.IsControl)))
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, at, "--out", "must name a folder, without control characters");
            return null;
        }
        var root = Path.GetFullPath(request.Root);
        if (!Directory.Exists(root))
        {
            diagnostics.Report(DiagnosticCodes.RootInvalid, at, root, "does not exist: expected a folder holding hotpass-docs.yml and content/");
            return null;
        }
        return root;
    }

    /// <summary>Reports a content folder that is missing, so a mistyped --root is a usage error, not an empty site.</summary>
    public static void ContentDir(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(Path.Combine(root, config.ContentDir))) return;
        diagnostics.Report(DiagnosticCodes.RootInvalid, SourceLocation.File("(command line)"), root,
            $"has no '{config.ContentDir}/' folder: expected a site root holding hotpass-docs.yml and {config.ContentDir}/");
    }

    /// <summary>The base URL in force, normalised to end in '/'; null when none is set or it is invalid (reported).</summary>
    public static string? BaseUrl(BuildRequest request, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = request.BaseUrl ?? config.BaseUrl;
        if (text is null) return null;
        var normalised = BaseUrlRule.Normalise(text, out var problem);
        if (problem is not null)
        {
            var at = SourceLocation.File(request.BaseUrl is null ? SiteConfig.FileName : "(command line)");
            diagnostics.Report(DiagnosticCodes.UnsafeBaseUrl, at, Printable(text), problem);
        }
        return normalised;
    }

    /// <summary>Control characters shown as \uXXXX so a diagnostic never carries them to a terminal.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
