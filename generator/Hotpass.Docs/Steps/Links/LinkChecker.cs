using System.Collections.Concurrent;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Steps.Links;

/// <summary>The link gate: every href, src and srcset in every written HTML file must resolve to a written file, and
/// every fragment to an id really present in its target. A link from markdown is reported at its line; one from a
/// template once per template and target, with how many pages carry it.</summary>
internal sealed class LinkChecker : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [];

    public void Run(RenderContext context)
    {
        var resolver = new LinkResolver(context.Output, context.BaseUrl);
        var templateProblems = new ConcurrentDictionary<(string Text, string Problem), ConcurrentBag<(string Page, string Href, string Template)>>();
        var files = context.Output.Files;
        var previous = context.Memos?.Previous<LinkGateMemo>();
        var changedIds = previous?.ChangedIds(files);
        // Kept only in serve, where a rebuild reads it; a full build records nothing.
        var checkedFiles = context.Memos is null ? null : new LinkGateMemo.CheckedFile?[files.Count];
        var checkedCount = 0;
        Parallel.For(0, files.Count, i =>
        {
            if (files[i].Html is not { } html) return;
            if (changedIds is not null && previous!.Reusable(files[i], changedIds) is { } kept)
            {
                checkedFiles![i] = kept;
                return;
            }
            Interlocked.Increment(ref checkedCount);
            var targets = checkedFiles is null ? null : new HashSet<string>(StringComparer.Ordinal);
            var clean = true;
            var links = resolver.For(files[i].OutputPath);
            foreach (var link in html.Links)
            {
                var verdict = links.Resolve(link.Href, html.BaseHref);
                if (verdict.Target is { } target) targets?.Add(target);
                if (verdict.Problem is LinkProblem.None or LinkProblem.External or LinkProblem.Unchecked) continue;
                // 404.html is served for missing paths at any depth, so its no-script fallback may only point at the
                // server's root: the one place a root-relative link is meant.
                if (verdict.Problem == LinkProblem.RootRelative && link.FromTemplate && files[i].OutputPath == NotFoundPage.OutputPath) continue;
                clean = false;
                if (link.FromTemplate)
                    templateProblems.GetOrAdd((WithoutClimb(link.Href), Describe(verdict)), _ => []).Add((files[i].OutputPath, link.Href, link.Origin.Path));
                else
                    Report(context.Diagnostics, link, verdict);
            }
            if (checkedFiles is not null) checkedFiles[i] = new LinkGateMemo.CheckedFile(html, [.. targets!], clean);
        });
        if (checkedFiles is not null) context.Memos!.Keep(LinkGateMemo.Of(files, checkedFiles, checkedCount));
        foreach (var ((text, problem), pages) in templateProblems)
        {
            var first = pages.Order().First();
            var at = TemplateTextFinder.Find(context.Templates.Files, context.Site.Config.TemplatesDir, text)
                ?? SourceLocation.File(first.Template);
            context.Diagnostics.Report(DiagnosticCodes.TemplateLinkBroken, at,
                first.Page, pages.Select(p => p.Page).Distinct().Count() - 1, first.Href, problem);
        }
    }

    private static void Report(DiagnosticBag diagnostics, OutputLink link, LinkResolution verdict)
    {
        var at = link.Origin;
        switch (verdict.Problem)
        {
            case LinkProblem.MissingTarget:
                var suggestion = Suggest(link.Written, verdict.Suggestion);
                diagnostics.Report(link.Kind == LinkKind.Resource ? DiagnosticCodes.MissingResource : DiagnosticCodes.BrokenLink,
                    at, link.Written, verdict.Target, suggestion);
                break;
            case LinkProblem.MissingFragment:
                diagnostics.Report(DiagnosticCodes.BrokenFragment, at, link.Written, verdict.Target, verdict.Fragment,
                    verdict.Suggestion is null ? "" : $"; did you mean '#{verdict.Suggestion}'?");
                break;
            case LinkProblem.OutsideRoot:
                diagnostics.Report(DiagnosticCodes.LinkOutsideSite, at, link.Written);
                break;
            case LinkProblem.RootRelative:
                diagnostics.Report(DiagnosticCodes.RootRelativeLink, at, link.Written);
                break;
        }
    }

    /// <summary>"; did you mean '…'?" in the author's own terms: the written path with its last segment replaced
    /// (a markdown source named for a page's output when the author linked to the .md).</summary>
    private static string Suggest(string written, string? nearOutputName)
    {
        if (nearOutputName is null) return "";
        var cut = written.IndexOfAny(['#', '?']);
        var path = cut < 0 ? written : written[..cut];
        var rest = cut < 0 ? "" : written[cut..];
        var name = UrlPaths.IsMarkdown(path) ? UrlPaths.SourceNameFor(nearOutputName) : nearOutputName;
        var slash = path.LastIndexOf('/');
        return $"; did you mean '{path[..(slash + 1)]}{name}{rest}'?";
    }

    /// <summary>The part of a template's URL after the <c>{{ root }}</c> prefix, which is what the template text holds.</summary>
    private static string WithoutClimb(string href)
    {
        var rest = href.AsSpan();
        while (rest.StartsWith("../") || rest.StartsWith("./")) rest = rest[(rest[1] == '/' ? 2 : 3)..];
        return rest.ToString();
    }

    private static string Describe(LinkResolution verdict) => verdict.Problem switch
    {
        LinkProblem.MissingTarget => $"'{verdict.Target}' is not part of the site",
        LinkProblem.MissingFragment => $"'{verdict.Target}' has no element with id '{verdict.Fragment}'",
        LinkProblem.OutsideRoot => "it climbs out of the site root",
        _ => "it starts with '/', which breaks when the site is opened from disk",
    };
}
