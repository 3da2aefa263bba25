using Hotpass.Docs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hotpass.Docs.Load.Yaml;

/// <summary>Reads the first YAML document of a text into located nodes, within <see cref="YamlLimits"/>.</summary>
/// <remarks>Built from parser events with an explicit stack, so deep nesting cannot overflow the call stack,
/// and every alias adds its target's full size to a budget, so an alias bomb stops early.</remarks>
internal static class YamlDocumentReader
{
    /// <param name="codes">What to report problems as; page front matter's codes unless the caller says otherwise.</param>
    public static YamlNode? Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics, YamlLimits? limits = null, YamlCodes? codes = null)
    {
        limits ??= YamlLimits.Default;
        codes ??= YamlCodes.FrontMatter;
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);
        var builder = new Builder(limits, codes);
        var parser = new Parser(new StringReader(yaml));
        var lastGood = new Mark();
        try
        {
            while (parser.MoveNext())
            {
                var evt = parser.Current!;
                lastGood = evt.End;
                var problem = builder.Accept(evt, At(evt.Start));
                if (problem is not null)
                {
                    diagnostics.Report(problem.Value.Descriptor, At(evt.Start), problem.Value.Detail);
                    return null;
                }
                if (builder.Done) break;
            }
        }
        catch (YamlException e)
        {
            diagnostics.Report(codes.Invalid, At(e.Start), CleanMessage(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            diagnostics.Report(codes.Invalid, At(lastGood), "the YAML cannot be read after this point");
            return null;
        }
        return builder.Root;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes its own "(Line: x, Col: y, Idx: z) - (…): " position; ours is in the location.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private sealed class Builder(YamlLimits limits, YamlCodes codes)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YamlNode Node, int Weight)> _anchors = new(StringComparer.Ordinal);
        private int _expanded;

        public YamlNode? Root { get; private set; }
        public bool Done { get; private set; }

        public (DiagnosticDescriptor Descriptor, string Detail)? Accept(ParsingEvent evt, SourceLocation at)
        {
            switch (evt)
            {
                case MappingStart m:
                    if (_stack.Count >= limits.MaxDepth) return TooComplex($"nesting deeper than {limits.MaxDepth} levels");
                    _stack.Push(new Frame(at, m.Anchor.IsEmpty ? null : m.Anchor.Value, isMapping: true, codes));
                    return Count(1);
                case SequenceStart s:
                    if (_stack.Count >= limits.MaxDepth) return TooComplex($"nesting deeper than {limits.MaxDepth} levels");
                    _stack.Push(new Frame(at, s.Anchor.IsEmpty ? null : s.Anchor.Value, isMapping: false, codes));
                    return Count(1);
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    return Complete(frame.Build(), frame.Anchor, frame.Weight);
                case Scalar scalar:
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, at);
                    return Count(1) ?? Complete(node, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1);
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                        return (codes.Invalid, $"alias '*{alias.Value.Value}' names no anchor");
                    return Count(target.Weight) ?? Complete(target.Node, null, target.Weight);
                default:
                    return null;
            }
        }

        private (DiagnosticDescriptor, string)? Count(int nodes)
        {
            _expanded += nodes;
            return _expanded > limits.MaxExpandedNodes
                ? TooComplex($"more than {limits.MaxExpandedNodes} nodes once aliases are expanded")
                : null;
        }

        private (DiagnosticDescriptor, string) TooComplex(string why) => (codes.TooComplex, why);

        private (DiagnosticDescriptor, string)? Complete(YamlNode node, string? anchor, int weight)
        {
            if (anchor is not null) _anchors[anchor] = (node, weight);
            if (_stack.Count == 0)
            {
                Root = node;
                Done = true;
                return null;
            }
            return _stack.Peek().Add(node, weight);
        }
    }

    private sealed class Frame(SourceLocation location, string? anchor, bool isMapping, YamlCodes codes)
    {
        private readonly List<YamlNode> _items = [];

        public string? Anchor => anchor;
        public int Weight { get; private set; } = 1;

        public (DiagnosticDescriptor, string)? Add(YamlNode node, int weight)
        {
            Weight += weight;
            if (isMapping && _items.Count % 2 == 0)
            {
                if (node is not YamlScalar key) return (codes.Invalid, "mapping keys must be plain values");
                for (var i = 0; i < _items.Count; i += 2)
                    if (((YamlScalar)_items[i]).Value == key.Value)
                        return (codes.Invalid, $"duplicate key '{key.Value}'");
            }
            _items.Add(node);
            return null;
        }

        public YamlNode Build()
        {
            if (!isMapping) return new YamlSequence(_items, location);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>(_items.Count / 2);
            for (var i = 0; i + 1 < _items.Count; i += 2)
                entries.Add(new((YamlScalar)_items[i], _items[i + 1]));
            return new YamlMapping(entries, location);
        }
    }
}
