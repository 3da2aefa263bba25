using Fluid;
using Fluid.Ast;

namespace Hotpass.Docs.Render.Templates.Reuse;

/// <summary>Finds the variables a partial reads, in its own syntax tree and in those of the partials it includes by name,
/// so that its output is known to be the same wherever those variables hold the same values. Only constructs whose
/// output depends on nothing else are accepted: text, output, conditions, loops, assign and capture (which Fluid keeps
/// inside the include's own scope), literal includes and the built-in filters. A counter or cycle tag, a computed
/// include name, a macro, <c>render</c> or a custom tag makes the partial one that is always rendered afresh.</summary>
internal sealed class PartialInputs : AstVisitor
{
    private readonly FluidParser _parser;
    private readonly Func<string, string?> _readPartial;
    private readonly int _maxDepth;
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _loopVariables = [];
    private int _depth;
    private bool _unsupported;

    private PartialInputs(FluidParser parser, Func<string, string?> readPartial, int maxDepth)
    {
        _parser = parser;
        _readPartial = readPartial;
        _maxDepth = maxDepth;
    }

    /// <summary>The names of the variables <paramref name="template"/> reads, in ordinal order; null when its output may
    /// depend on more than their values. <paramref name="readPartial"/> gives a partial's text by name (null: none).</summary>
    public static IReadOnlyList<string>? Of(IFluidTemplate template, FluidParser parser, Func<string, string?> readPartial, int maxDepth)
    {
        var inputs = new PartialInputs(parser, readPartial, maxDepth);
        if (template is not IStatementList) return null;
        inputs.VisitTemplate(template);
        return inputs._unsupported ? null : [.. inputs._names];
    }

    public override Statement Visit(Statement statement)
    {
        if (statement is null or TextSpanStatement or OutputStatement or IfStatement or ElseIfStatement or ElseStatement or UnlessStatement
            or ForStatement or CaseStatement or WhenStatement or CommentStatement or RawStatement or AssignStatement or CaptureStatement
            or BreakStatement or ContinueStatement or NoOpStatement or LiquidStatement or IncludeStatement)
            return base.Visit(statement)!;
        _unsupported = true;
        return statement;
    }

    public override Expression Visit(Expression expression)
    {
        if (expression is null or MemberExpression or LiteralExpression or RangeExpression or FilterExpression or BinaryExpression)
            return base.Visit(expression)!;
        _unsupported = true;
        return expression;
    }

    /// <summary>A loop's variable and <c>forloop</c> are the loop's own inside its body, not inputs of the partial;
    /// <c>offset: continue</c> reads where an earlier loop stopped, which no input names.</summary>
    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        if (forStatement.OffsetIsContinue) _unsupported = true;
        Visit(forStatement.Source);
        Visit(forStatement.Limit);
        Visit(forStatement.Offset);
        _loopVariables.Add(forStatement.Identifier);
        _loopVariables.Add("forloop");
        foreach (var statement in forStatement.Statements) Visit(statement);
        _loopVariables.RemoveRange(_loopVariables.Count - 2, 2);
        Visit(forStatement.Else);
        return forStatement;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        if (memberExpression.Segments[0] is not IdentifierSegment first) _unsupported = true;
        else if (!_loopVariables.Contains(first.Identifier)) _names.Add(first.Identifier);
        foreach (var segment in memberExpression.Segments)
        {
            if (segment is IndexerSegment indexer) Visit(indexer.Expression);
            else if (segment is not IdentifierSegment) _unsupported = true;
        }
        return memberExpression;
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression literal) VisitPartial(literal.Value.ToStringValue());
        else _unsupported = true;
        return base.VisitIncludeStatement(includeStatement);
    }

    private void VisitPartial(string path)
    {
        var name = path.EndsWith(PartialFileProvider.Extension, StringComparison.OrdinalIgnoreCase) ? path[..^PartialFileProvider.Extension.Length] : path;
        if (_depth >= _maxDepth || !PartialFileProvider.IsSafeName(name) || _readPartial(name) is not { } text
            || !_parser.TryParse(text, out var partial, out _) || partial is not IStatementList)
        {
            _unsupported = true;
            return;
        }
        _depth++;
        VisitTemplate(partial);
        _depth--;
    }
}
