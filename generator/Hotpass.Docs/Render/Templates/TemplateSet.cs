using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DotLiquid;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Liquid layouts, each parsed once on first use and shared, read-only, by every render thread.</summary>
/// <remarks>Fluid.Core cannot run here (it needs Parlot 1.5, which the package feed lacks), so the engine is DotLiquid.
/// DotLiquid drops registers (and with them any include file system) from thread-safe templates, so partials are
/// inlined into their layout before parsing: one parsed tree per layout serves all pages.</remarks>
public sealed partial class TemplateSet(ThemeFiles files)
{
    private const int MaxIncludeDepth = 10;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _cache = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\{%-?\s*include\s+(?:'([^']+)'|""([^""]+)"")\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeTag();

    public ThemeFiles Files => files;

    /// <summary>The layout named <paramref name="name"/> (<c>layouts/NAME.liquid</c>); throws <see cref="TemplateException"/>
    /// naming the file when it or a partial is missing or invalid.</summary>
    public Template Layout(string name)
    {
        var path = $"layouts/{name}.liquid";
        return _cache.GetOrAdd(path, p => new Lazy<Template>(() => Parse(p))).Value;
    }

    private Template Parse(string path)
    {
        var source = Inline(path, files.ReadText(path) ?? throw new TemplateException($"{path} does not exist"), 0);
        try
        {
            var template = Template.Parse(source);
            template.MakeThreadSafe();
            return template;
        }
        catch (DotLiquid.Exceptions.LiquidException e)
        {
            throw new TemplateException($"{files.DescribeSource(path)}: {e.Message}");
        }
    }

    /// <summary>Replaces each <c>{% include 'name' %}</c> with <c>partials/name.liquid</c>, recursively.</summary>
    private string Inline(string path, string source, int depth) =>
        IncludeTag().Replace(source, match =>
        {
            var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            if (depth >= MaxIncludeDepth)
                throw new TemplateException($"{files.DescribeSource(path)}: includes nest deeper than {MaxIncludeDepth} levels (is '{name}' including itself?)");
            if (name.Contains("..", StringComparison.Ordinal))
                throw new TemplateException($"{files.DescribeSource(path)}: partial name '{name}' may not climb out of partials/");
            var partialPath = $"partials/{name}.liquid";
            var partial = files.ReadText(partialPath)
                ?? throw new TemplateException($"{files.DescribeSource(path)}: partial '{name}' does not exist ({partialPath})");
            return Inline(partialPath, partial, depth + 1);
        });
}
