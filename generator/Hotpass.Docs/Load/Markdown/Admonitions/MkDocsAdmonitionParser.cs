using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>Parses MkDocs admonitions (Python-Markdown's and Material's): a line <c>!!! type "Title"</c> (or
/// <c>??? type</c>, collapsed, <c>???+ type</c>, open), further class words after the type ignored, then the body indented
/// four columns past the marker. The first line indented less ends it: as in MkDocs, no lazy continuation.</summary>
internal sealed class MkDocsAdmonitionParser : BlockParser
{
    public MkDocsAdmonitionParser() => OpeningCharacters = ['!', '?'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var marker = line.CurrentChar;
        var start = line.Start;
        var count = 0;
        while (line.CurrentChar == marker)
        {
            count++;
            line.SkipChar();
        }
        if (count != 3) return BlockState.None;
        var open = marker == '?' && line.CurrentChar == '+';
        if (open) line.SkipChar();
        line.TrimStart();
        var typeStart = line.Start;
        while (IsTypeChar(line.CurrentChar)) line.SkipChar();
        if (line.Start == typeStart) return BlockState.None;
        var type = line.Text.AsSpan(typeStart, line.Start - typeStart);
        var (ok, title) = ReadTitle(line);
        if (!ok) return BlockState.None;

        processor.NewBlocks.Push(new AdmonitionBlock(this)
        {
            Kind = AdmonitionKind.Of(type),
            Title = title,
            Collapsible = marker == '?',
            Open = open,
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(start, line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine) return BlockState.Continue;
        var bodyColumn = block.Column + 4;
        if (processor.Column >= bodyColumn)
        {
            processor.GoToColumn(bodyColumn);
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }
        // Closed here, with what it holds, so the line cannot run on as a lazy continuation of its last paragraph.
        processor.Close(block);
        return BlockState.None;
    }

    /// <summary>After the type: more class words (ignored), then an optional quoted title, then the line's end.</summary>
    private static (bool Ok, string? Title) ReadTitle(StringSlice rest)
    {
        rest.Trim();
        var quote = rest.IndexOf('"');
        var words = quote < 0 ? rest : new StringSlice(rest.Text, rest.Start, quote - 1);
        for (var i = words.Start; i <= words.End; i++)
            if (!IsTypeChar(words.Text[i]) && words.Text[i] is not (' ' or '\t')) return (false, null);
        if (quote < 0) return (true, null);
        if (rest.End <= quote || rest.Text[rest.End] != '"') return (false, null);
        return (true, rest.Text[(quote + 1)..rest.End]);
    }

    private static bool IsTypeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
