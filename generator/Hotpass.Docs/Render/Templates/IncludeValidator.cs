using Fluid;
using Fluid.Ast;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Follows every literal <c>{% include 'name' %}</c> and <c>{% render 'name' %}</c> from a layout before any
/// page renders, so a missing, unsafe, broken or self-including partial is reported once, naming the template that
/// asked for it, instead of failing whichever page reaches it first. Includes whose name is computed are checked
/// when they run (the file provider's name rule and Fluid's recursion cap).</summary>
internal sealed class IncludeValidator(FluidParser parser, PartialFileProvider partials, int maxDepth) : AstVisitor
{
    private readonly List<string> _names = [];

    /// <summary>Checks the includes of <paramref name="template"/>, which was read from <paramref name="source"/>.</summary>
    public void Validate(IFluidTemplate template, string source) => Walk(template, source, 0);

    private void Walk(IFluidTemplate template, string source, int depth)
    {
        _names.Clear();
        VisitTemplate(template);
        foreach (var name in _names.ToList())
        {
            if (depth >= maxDepth)
                throw new TemplateException(SourceLocation.File(source),
                    $"includes nest deeper than {maxDepth} levels (is '{name}' including itself?)");
            if (!PartialFileProvider.IsSafeName(name))
                throw new TemplateException(SourceLocation.File(source), PartialFileProvider.UnsafeName(name));
            var text = partials.ReadPartial(name)
                ?? throw new TemplateException(SourceLocation.File(source),
                    $"partial '{name}' does not exist ({PartialFileProvider.Folder}{name}{PartialFileProvider.Extension})");
            var partialSource = partials.DescribeSource(name);
            Walk(TemplateParsing.Parse(parser, text, partialSource), partialSource, depth + 1);
        }
    }

    /// <summary>Fluid adds the extension only when the name lacks it.</summary>
    private static string NameOf(string path) =>
        path.EndsWith(PartialFileProvider.Extension, StringComparison.OrdinalIgnoreCase) ? path[..^PartialFileProvider.Extension.Length] : path;

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression literal) _names.Add(NameOf(literal.Value.ToStringValue()));
        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        _names.Add(NameOf(renderStatement.Path));
        return base.VisitRenderStatement(renderStatement);
    }
}
