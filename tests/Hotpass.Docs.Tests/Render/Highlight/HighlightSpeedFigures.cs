using System.Diagnostics;
using Xunit.Abstractions;
using Hotpass.Docs.Load.Highlight;
using Hotpass.Docs.Tests.TestSupport;

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

    /// <summary>The same figure for each language of <c>Fixtures/highlight</c> (issue 25's), on its real snippet
    /// highlighted over and over.</summary>
    [Fact]
    public void Microseconds_a_line_for_each_snippet_language()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.TestProject, "Fixtures", "highlight")).Order(StringComparer.Ordinal))
        {
            var language = LanguageCatalog.Find(Path.GetFileNameWithoutExtension(file))!;
            var code = File.ReadAllText(file);
            var lines = code.Count(c => c == '\n');
            const int Repeats = 200;
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < Repeats; i++) Assert.Null(CodeHighlighter.Highlight(code, language).GaveUp);
                best = Math.Min(best, clock.Elapsed.TotalMicroseconds / (lines * Repeats));
            }
            output.WriteLine($"{language.Name}: {best:0.00} µs a line (best of 5 rounds, {lines * Repeats} lines)");
        }
    }

    /// <summary>With <c>HOTPASS_BENCH_CORPUS</c> naming a corpus's site folder (<c>bench/gen-corpus.py N --out DIR</c>, then
    /// <c>DIR/generic</c>), what highlighting every fenced block of its pages costs on one core, best of 5 rounds: the
    /// figure to set beside the build's <c>--timings</c>.</summary>
    [SkippableFact]
    public void Milliseconds_to_highlight_a_bench_corpus()
    {
        var root = Environment.GetEnvironmentVariable("HOTPASS_BENCH_CORPUS");
        Skip.If(string.IsNullOrEmpty(root), "HOTPASS_BENCH_CORPUS is not set");
        var blocks = new List<(HighlightLanguage Language, string Code)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
        {
            HighlightLanguage? language = null;
            var code = new System.Text.StringBuilder();
            foreach (var line in File.ReadLines(file))
            {
                if (!line.StartsWith("```", StringComparison.Ordinal)) { code.Append(line).Append('\n'); continue; }
                if (language is not null) blocks.Add((language, code.ToString()));
                language = language is null ? LanguageCatalog.Find(line[3..]) : null;
                code.Clear();
            }
        }
        var lines = blocks.Sum(b => b.Code.Count(c => c == '\n'));
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (language, code) in blocks) Assert.Null(CodeHighlighter.Highlight(code, language).GaveUp);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"{blocks.Count} blocks, {lines} lines: {best:0.0} ms (best of 5 rounds, one core)");
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
