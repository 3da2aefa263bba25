using System.Diagnostics;
using Xunit.Abstractions;
using Hotpass.Docs.Load.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight;

/// <summary>Prints what highlighting costs a line in each language of the benchmark corpus (blocks shaped as
/// <c>bench/gen-corpus.py</c> writes them), for the record: a figure, never an assertion, since the machine's load
/// is not the code's. Run with <c>--logger "console;verbosity=detailed"</c> to see it.</summary>
public sealed class HighlightSpeedFigures(ITestOutputHelper output)
{
    private static readonly string[] Words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do"];

    [Fact]
    public void Microseconds_a_line_for_each_corpus_language()
    {
        var random = new Random(4000);
        foreach (var language in (string[])["bash", "python", "yaml", "json", "csharp"])
        {
            var blocks = Enumerable.Range(0, 800).Select(_ => Block(language, random)).ToList();
            var lines = blocks.Sum(b => b.Count(c => c == '\n'));
            var found = LanguageCatalog.Find(language)!;
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var block in blocks) Assert.Null(CodeHighlighter.Highlight(block, found).GaveUp);
                best = Math.Min(best, clock.Elapsed.TotalMicroseconds / lines);
            }
            output.WriteLine($"{language}: {best:0.00} µs a line (best of 5 rounds, {lines} lines)");
        }
    }

    private static string Block(string language, Random random)
    {
        string W() => Words[random.Next(Words.Length)];
        var n = random.Next(4, 10);
        var lines = new List<string>();
        switch (language)
        {
            case "bash":
                for (var i = 0; i < n; i++) lines.Add($"{W()}-{W()} --{W()} {W()}.txt --{W()}={random.Next(1, 1000)}");
                break;
            case "python":
                lines.Add($"def {W()}_{W()}({W()}, {W()}=None):");
                for (var i = 0; i < n - 2; i++) lines.Add($"    {W()} = {W()}.{W()}({W()}, {random.Next(100)})");
                lines.Add($"    return {W()}");
                break;
            case "yaml":
                lines.Add($"{W()}:");
                for (var i = 0; i < n - 1; i++) lines.Add($"  {W()}_{W()}: {(random.Next(3) == 0 ? W() : random.Next(10_000).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                break;
            case "json":
                lines.Add("{");
                for (var i = 0; i < n - 2; i++) lines.Add($"  \"{W()}_{i}\": {random.Next(10_000)}{(i < n - 3 ? "," : "")}");
                lines.Add("}");
                break;
            default:
                lines.Add($"public static int {W()}{W()}(int {W()})");
                lines.Add("{");
                for (var i = 0; i < n - 3; i++) lines.Add($"    var {W()}{random.Next(10)} = {W()}.{W()}({random.Next(100)});");
                lines.Add($"    return {random.Next(10)};");
                lines.Add("}");
                break;
        }
        return string.Join('\n', lines) + "\n";
    }
}
