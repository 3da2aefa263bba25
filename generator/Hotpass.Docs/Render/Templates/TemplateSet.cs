using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Templates;

/// <summary>The theme's Liquid layouts on Fluid: each parsed once on first use, its includes checked, and shared
/// read-only by every render thread. Partials are real Fluid includes served from the theme.</summary>
internal sealed class TemplateSet
{
    /// <summary>How deep includes may nest; deeper is taken as a partial including itself.</summary>
    public const int MaxIncludeDepth = 10;

    /// <summary>How many statements one render may run: far above what a page of a 64,000-page site needs, and a stop
    /// for a template that loops over a huge range, so no template hangs the build.</summary>
    public const int MaxSteps = 10_000_000;

    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _layouts = new(StringComparer.Ordinal);
    private readonly PartialFileProvider _partials;

    /// <param name="features">The features whose views the templates read besides the site's own; none when not given.</param>
    internal TemplateSet(ThemeFiles files, SiteFeatures? features)
    {
        Files = files;
        Features = features ?? SiteFeatures.None;
        _partials = new PartialFileProvider(files);
        Options = new TemplateOptions
        {
            FileProvider = _partials,
            MemberAccessStrategy = Features.ViewMembers,
            MaxRecursion = MaxIncludeDepth,
            MaxSteps = MaxSteps,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            TemplateParsed = (_, partial) => Reusable(partial),
        };
    }

    public TemplateSet(ThemeFiles files) : this(files, null)
    {
    }

    public ThemeFiles Files { get; }

    /// <summary>The features the pages rendered with this theme show, and whose views it reads.</summary>
    internal SiteFeatures Features { get; }

    /// <summary>Engine settings every render of this theme shares.</summary>
    internal TemplateOptions Options { get; }

    /// <summary>The layout named <paramref name="name"/> (<c>layouts/NAME.liquid</c>); throws <see cref="TemplateException"/>
    /// naming the file when it or a partial it includes is missing or invalid.</summary>
    public IFluidTemplate Layout(string name) =>
        _layouts.GetOrAdd(LayoutPath(name), path => new Lazy<IFluidTemplate>(() => Parse(path))).Value;

    /// <summary>Where diagnostics say the layout <paramref name="name"/> comes from.</summary>
    public string DescribeLayout(string name) => Files.DescribeSource(LayoutPath(name));

    private static string LayoutPath(string name) => $"layouts/{name}.liquid";

    private IFluidTemplate Parse(string path)
    {
        var source = Files.DescribeSource(path);
        var text = Files.ReadText(path) ?? throw new TemplateException(SourceLocation.File(source), $"{path} does not exist");
        var template = TemplateParsing.Parse(Parser, text, source);
        new IncludeValidator(Parser, _partials, MaxIncludeDepth).Validate(template, source);
        return template;
    }

    /// <summary>A partial as Fluid keeps it for every include: wrapped to reuse its output when its inputs are known.</summary>
    private IFluidTemplate Reusable(IFluidTemplate partial) =>
        Reuse.PartialInputs.Of(partial, Parser, _partials.ReadPartial, MaxIncludeDepth) is { } inputs
            ? new Reuse.MemoizedPartial(partial, inputs)
            : partial;

    /// <summary>The site's own view records, readable by templates under snake_case names; each feature adds its own to
    /// these (<see cref="SiteFeatures"/>), once per pipeline.</summary>
    internal static ViewMemberAccess CoreViewMembers() => new ViewMemberAccess()
        .Add<PageView>()
        .Add<SiteView>()
        .Add<PreviewView>()
        .Add<CurrentPage>()
        .Add<NavSection>()
        .Add<NavLink>()
        .Add<FilterOption>()
        .Add<PageCard>()
        .Add<TocEntry>();
}
