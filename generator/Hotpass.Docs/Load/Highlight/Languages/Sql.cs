using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>SQL as PostgreSQL, SQLite and SQL Server write it: keywords and types in any case, <c>'it''s'</c> strings,
/// <c>$$…$$</c> bodies, <c>--</c> and <c>/* */</c> comments, calls, and <c>@name</c>/<c>$1</c> parameters.</summary>
internal static class Sql
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "add all alter analyze and any array as asc begin between by cascade case cast check collate column comment "
            + "commit concurrently conflict constraint create cross current_date current_time current_timestamp database "
            + "declare default deferrable delete desc distinct do drop each else end escape except execute exists explain "
            + "extension filter first following for foreign from full function grant group having if ilike in index "
            + "inherits inner insert intersect into is join key language last lateral left like limit materialized merge "
            + "matched natural not nothing nulls of offset on only or order outer over owner partition policy preceding "
            + "primary procedure range recursive references refresh rename replace restrict returning returns revoke "
            + "right role rollback row rows savepoint schema select sequence set show similar some table tablespace temp "
            + "temporary then to transaction trigger truncate unbounded union unique update use user using vacuum values "
            + "view when where window with without", ignoreCase: true),
        Types = WordSet.Of(
            "bigint bigserial binary bit blob bool boolean bytea char character date datetime decimal double float int "
            + "integer interval json jsonb money nchar numeric nvarchar precision real serial smallint smallserial text "
            + "time timestamp timestamptz tinyint uuid varchar varying xml", ignoreCase: true),
        Constants = WordSet.Of("true false null unknown", ignoreCase: true),
        LineComments = ["--"],
        BlockComments = [("/*", "*/")],
        Strings =
        [
            new("$$", "$$", StringEscape.None, MultiLine: true),
            new("'", "'", StringEscape.DoubledClose, MultiLine: true),
            new("\"", "\"", StringEscape.DoubledClose, Class: null),
        ],
        Operators = "=<>!+-*/%|&^~",
        Variables = new VariableScanner("@$"),
        CallsAreFunctions = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
