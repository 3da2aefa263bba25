using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>Parses Docusaurus admonitions: <c>:::type Title</c> or <c>:::type[Title]</c>, the body, then a line of at least
/// as many colons; an admonition nests inside one opened with more colons (<c>::::note</c>). A fence of colons with no
/// type word, or with anything else straight after the word, is not an admonition.</summary>
internal sealed class DocusaurusAdmonitionParser : FencedBlockParserBase<AdmonitionBlock>
{
    public DocusaurusAdmonitionParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = ParseInfo;
    }

    protected override AdmonitionBlock CreateFencedBlock(BlockProcessor processor) => new(this) { Line = processor.LineIndex };

    private static bool ParseInfo(BlockProcessor processor, ref StringSlice line, IFencedBlock fenced, char openingCharacter)
    {
        var typeStart = line.Start;
        while (char.IsAsciiLetterOrDigit(line.CurrentChar) || line.CurrentChar is '_' or '-') line.SkipChar();
        if (line.Start == typeStart) return false;
        var block = (AdmonitionBlock)fenced;
        block.Kind = AdmonitionKind.Of(line.Text.AsSpan(typeStart, line.Start - typeStart));
        var after = line.CurrentChar;
        var rest = line;
        rest.Trim();
        if (rest.IsEmpty) return true;
        if (after == '[')
        {
            if (rest.Text[rest.End] != ']') return false;
            block.Title = rest.Text[(rest.Start + 1)..rest.End].Trim();
            return true;
        }
        if (!after.IsSpaceOrTab()) return false;
        block.Title = rest.ToString();
        return true;
    }
}
