using System.Text;
using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>A new kind of page is a feature and one registration: registered on the builder, with nothing else changed,
/// its page joins the model and the navigation, its layout reads its view under its name, its gate reports and its step's
/// file is written and listed in the manifest.</summary>
public sealed class SiteFeatureTests
{
    private static readonly DiagnosticDescriptor Counted = new("HPD990", Severity.Info, "Glossary counted", "The glossary has {0} terms");

    [Fact]
    public void A_registered_feature_brings_its_page_view_check_and_step()
    {
        using var site = new TempSite()
            .Page("index.md", "Home")
            .File("templates/layouts/glossary.liquid",
                "<!doctype html>\n<html lang=\"en\"><head><title>{{ page.title }}</title></head>"
                + "<body class=\"kind-{{ page.kind }}\"><h1>{{ glossary.heading }}</h1></body></html>\n");
        var builder = new SitePipelineBuilder();
        builder.Features.Add(new GlossaryFeature());
        var memory = new InMemorySite();

        var result = builder.Build().Run(new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z"), memory);

        Assert.Equal("hotpass-docs.yml: info HPD990: The glossary has 3 terms", TempSite.Lines(result.Diagnostics));
        Assert.Contains("<body class=\"kind-glossary\"><h1>Terms of the site</h1>", Text(memory, "glossary.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"glossary.html\"", Text(memory, "index.html"), StringComparison.Ordinal);
        Assert.Equal("3 terms\n", Text(memory, "glossary.txt"));
        Assert.Contains("\"path\": \"glossary.txt\"", Text(memory, "manifest.json"), StringComparison.Ordinal);
        // Search finds the page by the text its feature says it shows.
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Body), SearchIndexReader.FromBytes(memory.Files).PlaceOf("terms", "glossary.html"));
    }

    [Fact]
    public void A_page_without_the_feature_reads_nothing_under_its_name()
    {
        using var site = new TempSite()
            .Page("index.md", "Home")
            .File("templates/layouts/page.liquid", "<!doctype html>\n<html lang=\"en\"><body>[{{ glossary.heading }}]</body></html>\n")
            .File("templates/layouts/glossary.liquid", "<!doctype html>\n<html lang=\"en\"><body>{{ glossary.heading }}</body></html>\n");
        var builder = new SitePipelineBuilder();
        builder.Features.Add(new GlossaryFeature());
        var memory = new InMemorySite();

        var result = builder.Build().Run(new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z"), memory);

        Assert.Equal(0, result.ExitCode);

        Assert.Contains("<body>[]</body>", Text(memory, "index.html"), StringComparison.Ordinal);
    }

    private static string Text(InMemorySite memory, string path) => Encoding.UTF8.GetString(memory.Files[path]);

    /// <summary>The view the glossary layout reads as <c>glossary</c>.</summary>
    public sealed record GlossaryView(string Heading);

    private sealed record GlossaryContent : PageContent
    {
        public override string Kind => "glossary";
    }

    private sealed class GlossaryFeature : ISiteFeature
    {
        public string ViewName => "glossary";

        public IEnumerable<string> ReservedOutputs(SiteParts parts) => [];

        public IEnumerable<GeneratedPage> Pages(SiteParts parts) =>
        [
            new(new Page("glossary.html", "Glossary", null, null, null, "glossary", new GlossaryContent(), ReviewStatus.None),
                "the glossary", SourceLocation.File(SiteConfig.FileName)) { IsRootPage = true },
        ];

        public void AddViews(ViewMemberAccess members) => members.Add<GlossaryView>();

        public IFeatureViews Views(SiteModel site) => new Views();

        public IReadOnlyList<ISiteCheck> Checks { get; } = [new Count()];

        public IReadOnlyList<IPostRenderStep> Steps { get; } = [new Step()];

        public IEnumerable<string> InputFolders(SiteConfig config) => [];

        public bool ChangesOtherPages(MarkdownContent? before, MarkdownContent? after) => false;
    }

    private sealed class Views : IFeatureViews
    {
        public object? Build(Page page) => page.Content is GlossaryContent ? new GlossaryView("Terms of the site") : null;

        public IReadOnlyList<ShownSection>? Text(Page page) => page.Content is GlossaryContent ? [new ShownSection(null, null, "Terms of the site")] : null;
    }

    private sealed class Count : ISiteCheck
    {
        public void Run(SiteModel site, DiagnosticBag diagnostics) => diagnostics.Report(Counted, SourceLocation.File(SiteConfig.FileName), 3);
    }

    private sealed class Step : IPostRenderStep
    {
        public IReadOnlyList<string> Outputs { get; } = ["glossary.txt"];

        public void Run(RenderContext context) => context.WriteText("glossary.txt", OutputKind.Generated, "3 terms\n", null, null);
    }
}
