using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Dockerfiles: the instruction that starts a line (<c>FROM</c>, <c>RUN</c>, …, in any case) and
/// <c>AS</c>; the rest of the instruction, over <c>\</c> continuation lines, is scanned as shell (strings, variables,
/// <c>--options</c>, JSON-form arrays read the same).</summary>
internal sealed class Dockerfile : LanguageScanner
{
    // Outer: whether the line starts an instruction; Mode and Arg are the shell's.
    private const int NewInstruction = 0;
    private const int Continued = 1;
    private const int CommentInContinuation = 2;

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly WordSet Instructions = WordSet.Of(
        "from run cmd label maintainer expose env add copy entrypoint volume user workdir arg onbuild stopsignal "
        + "healthcheck shell", ignoreCase: true);

    private static readonly LanguageScanner Rest = new LexiconScanner(Shell.Lexicon with { Keywords = WordSet.Of(Shell.KeywordList + " AS") });

    public static Dockerfile Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        if (s.Mode != 0) return s;
        c.Emit(c.WhileBlank(), null);
        if (c.Peek() == '#')
        {
            // Docker drops comment lines inside a continued instruction, so the instruction goes on after them.
            c.EmitRest(TokenClasses.Comment);
            return s with { Outer = s.Outer == NewInstruction ? NewInstruction : CommentInContinuation };
        }
        if (s.Outer != NewInstruction) return s;
        var word = c.While(Letters);
        if (word > 0 && Instructions.Contains(c.Read(word))) c.Emit(word, TokenClasses.Keyword);
        return s;
    }

    public override LineState Next(ref LineCursor c, LineState s) => Rest.Next(ref c, s);

    /// <summary>A line ending in <c>\</c> continues the instruction; a shell string left open does too.</summary>
    public override LineState EndLine(ref LineCursor c, LineState s) =>
        s with { Outer = s.Outer == CommentInContinuation || c.Peek(-1) == '\\' || s.Mode != 0 ? Continued : NewInstruction };
}
