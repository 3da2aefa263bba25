using System.Collections.Frozen;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>The table that describes a code-like language to <see cref="LexiconScanner"/>: its words, comments,
/// strings, operators and the few shapes that differ between families (shell options, Python decorators, JSON keys).
/// One language file builds one of these; the scanner is the same for all.</summary>
internal sealed record Lexicon
{
    public WordSet Keywords { get; init; } = WordSet.Empty;

    /// <summary>Keywords only where they start a line (HCL's block types: <c>resource</c>, but not <c>x.output.arn</c>).</summary>
    public WordSet LineKeywords { get; init; } = WordSet.Empty;
    public WordSet Types { get; init; } = WordSet.Empty;
    public WordSet Constants { get; init; } = WordSet.Empty;

    /// <summary>Built-in functions and commands, coloured as functions wherever they appear.</summary>
    public WordSet Builtins { get; init; } = WordSet.Empty;

    /// <summary>Keywords after which the next name is declared, and the class it gets (<c>def</c> → function,
    /// <c>class</c> → type).</summary>
    public FrozenDictionary<string, string> NameAfter { get; init; } = FrozenDictionary<string, string>.Empty;

    public string[] LineComments { get; init; } = [];
    public (string Open, string Close)[] BlockComments { get; init; } = [];

    /// <summary>String literals, longest opening first where one opening starts another.</summary>
    public StringRule[] Strings { get; init; } = [];

    /// <summary>Characters written as operators, a run at a time.</summary>
    public string Operators { get; init; } = "";

    /// <summary>Characters besides letters and <c>_</c> that may start a word, and besides letters, digits and
    /// <c>_</c> that may continue one (the shell's <c>file-name.txt</c>).</summary>
    public string WordStarts { get; init; } = "";
    public string WordParts { get; init; } = "";

    public VariableScanner? Variables { get; init; }

    /// <summary>A name directly followed by <c>(</c> is a function.</summary>
    public bool CallsAreFunctions { get; init; }

    /// <summary>A line comment starts only where a word could (the shell's <c>a#b</c> is one word).</summary>
    public bool CommentsStartWords { get; init; }

    /// <summary>A word starting with <c>-</c> or <c>--</c> is a command option.</summary>
    public bool DashOptions { get; init; }

    /// <summary><c>NAME=value</c> assigns a variable.</summary>
    public bool Assignments { get; init; }

    /// <summary>A backslash outside strings escapes the next character (the shell's <c>\"</c>).</summary>
    public bool BareEscapes { get; init; }

    /// <summary>A line whose first character is this is a directive (C#'s <c>#if</c>), or <c>'\0'</c>.</summary>
    public char LineDirective { get; init; }

    /// <summary>A line starting with this and a name is a decorator (Python's <c>@cache</c>), or <c>'\0'</c>.</summary>
    public char Decorator { get; init; }

    /// <summary>A string followed by <c>:</c> is a key (JSON).</summary>
    public bool KeysBeforeColon { get; init; }

    /// <summary>A name that starts a line and is followed by <c>=</c> (not <c>==</c>) is a key (HCL's <c>ami = "…"</c>).</summary>
    public bool KeysBeforeEquals { get; init; }

    /// <summary>The <see cref="Decorator"/> character starts a decorator anywhere, not only at a line's start
    /// (GraphQL's <c>@include(if: $x)</c>).</summary>
    public bool DecoratorsAnywhere { get; init; }

    /// <summary>A quote before a name that does not close one character later is a label, not a character literal
    /// (Rust's lifetimes, <c>&amp;'a str</c>).</summary>
    public bool QuoteLabels { get; init; }

    /// <summary>A name directly followed by <c>!</c> is a macro call, coloured as a function (Rust's <c>println!</c>).</summary>
    public bool BangMacros { get; init; }

    /// <summary>A word with a hyphen inside is a command, coloured as a function (PowerShell's <c>Get-ChildItem</c>).</summary>
    public bool HyphenatedCommands { get; init; }

    /// <summary>A colon before a name, after a blank or an opening bracket, makes a symbol constant (Ruby's <c>:name</c>).</summary>
    public bool ColonSymbols { get; init; }

    /// <summary>Literal marks written as meta wherever they appear (PHP's <c>&lt;?php</c> and <c>?&gt;</c>).</summary>
    public string[] Marks { get; init; } = [];
}
