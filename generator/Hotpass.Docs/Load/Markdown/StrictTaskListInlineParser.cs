using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>A task list marker only where GitHub makes one: <c>[ ]</c> or <c>[x]</c> followed by white space (or the
/// end of the line). Markdig alone also takes <c>[x](url)</c> at the start of a list item for a checkbox, which turns
/// a link the writer meant into plain text the link gate never sees.</summary>
internal sealed class StrictTaskListInlineParser : TaskListInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var after = slice.PeekCharExtra(3);
        return (after == '\0' || after.IsWhitespace()) && base.Match(processor, ref slice);
    }
}
