using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Reading;
using Hotpass.Docs.Load.Evidence.Sidecar;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Mutates every file of the public evidence corpus (<see cref="EvidenceMutator"/>) and reads each result
/// through the evidence reader entry point, through every format's reader directly, as evidence cited by a control in a
/// small site that is then built, and through the <c>evidence</c> and <c>matrix</c> commands. Invariants: no exception
/// escapes; no diagnostic carries exception text; the build exits 0, 1 or 2 (the commands 0 or 1); nothing outside the
/// output folder is created or changed; a failed build writes no output folder; nothing from outside the site root is
/// published (each site's evidence folder holds a link to a file outside the root, whose text no output may contain, and
/// every copy evidence-manifest.json lists comes from a regular file inside the evidence folder, bytes and digest alike);
/// every raw evidence copy is published as NAME.txt with the source's bytes, and no output but the tool's own pages,
/// generated files and theme assets has an extension a browser renders as an active document; every case within a time budget (measured and printed, asserted
/// only against a generous 20 s as the site fuzzer does). HOTPASS_EVIDENCE_FUZZ_CASES raises the
/// case count for a nightly-size run (CI runs the default); HOTPASS_EVIDENCE_FUZZ_SEED replays one case CsCheck printed.
/// Without the corpus the tests are skipped, unless HOTPASS_REQUIRE_TOOLS=1 makes that a failure.</summary>
public sealed partial class EvidenceFuzzTests(ITestOutputHelper output)
{
    private const int BudgetSeconds = 20;
    private const string AsOf = "2025-11-23T00:00:00Z";

    private static readonly long Cases =
        long.TryParse(Environment.GetEnvironmentVariable("HOTPASS_EVIDENCE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 200;

    /// <summary>Extensions a browser may render as a document that runs script, or that a host may serve as one.</summary>
    private static readonly HashSet<string> ActiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".xht", ".svg", ".svgz", ".xml", ".xsl", ".xslt", ".js", ".mjs", ".pdf", ".swf", ".shtml", ".mht", ".mhtml",
    };

    /// <summary>Every evidence code is a warning here (the locked ones cannot be), so that a build with unreadable evidence
    /// still writes its site and what it publishes can be checked.</summary>
    private static readonly string LenientConfig = "title: Fuzz\nas_of: " + AsOf + "\ndiagnostics: { "
        + string.Join(", ", DiagnosticCodes.All.Where(d => d.Code.StartsWith("HPD4", StringComparison.Ordinal) && !d.Locked).Select(d => d.Code + ": warning"))
        + " }\n";

    private const string DefaultConfig = "title: Fuzz\nas_of: " + AsOf + "\n";

    /// <summary>The text of a file outside each fuzzed site's root, linked from its evidence folder: published anywhere,
    /// the build would have read outside the root.</summary>
    private const string OutsideText = "OUTSIDE-THE-ROOT-5d0c9e";

    private static readonly IEvidenceReader[] Readers =
    [
        EvidenceSniffer.CycloneDxJson, EvidenceSniffer.SpdxJson, EvidenceSniffer.Sarif, EvidenceSniffer.InToto, EvidenceSniffer.GitHubRun,
        EvidenceSniffer.CycloneDxXml, EvidenceSniffer.JUnit, EvidenceSniffer.Trx, EvidenceSniffer.NUnit, EvidenceSniffer.XUnit,
        EvidenceSniffer.Cobertura, EvidenceSniffer.SpdxTagValue, EvidenceSniffer.Lcov,
    ];

    private readonly List<double> _readSeconds = [];
    private readonly List<double> _buildSeconds = [];
    private readonly int[] _exits = new int[3];
    private readonly SortedDictionary<string, int> _changes = new(StringComparer.Ordinal);
    private (double Seconds, string File)? _slowest;

    [SkippableFact]
    public void Mutated_corpus_files_keep_every_invariant_through_the_readers_and_a_build()
    {
        SkipWithoutCorpus();
        var clock = Stopwatch.StartNew();
        EvidenceMutator.Case.Sample(Check, seed: Environment.GetEnvironmentVariable("HOTPASS_EVIDENCE_FUZZ_SEED"), iter: Cases, threads: 1,
            print: c => c.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Cases} cases ({_readSeconds.Count} files) in {clock.Elapsed.TotalSeconds:0.0} s; build exit 0/1/2: {_exits[0]}/{_exits[1]}/{_exits[2]}"));
        output.WriteLine("changes: " + string.Join(", ", _changes.Select(c => $"{c.Key} {c.Value}")));
        output.WriteLine("reading a file (entry point and all 13 readers): " + Figures(_readSeconds));
        output.WriteLine("building its site: " + Figures(_buildSeconds));
        if (_slowest is { } slowest) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest file to read ({slowest.Seconds:0.00} s): {slowest.File}"));
    }

    /// <summary>Every corpus file as it is, through every reader directly (the sniffer would send it to one): whatever a
    /// reader is handed, it answers with facts or diagnostics.</summary>
    [SkippableFact]
    public void Every_corpus_file_goes_through_every_reader_without_an_exception()
    {
        SkipWithoutCorpus();
        foreach (var (source, bytes) in EvidenceMutator.Corpus)
        {
            var file = new EvidenceFuzzFile(source, Path.GetFileName(source), [], bytes, null);
            WithinBudget(() => Read(file), source);
        }
    }

    private static void SkipWithoutCorpus()
    {
        var required = Environment.GetEnvironmentVariable("HOTPASS_REQUIRE_TOOLS") == "1";
        Assert.False(required && EvidenceMutator.Corpus.Count == 0, "../shared/corpora is required (HOTPASS_REQUIRE_TOOLS=1) but missing");
        Skip.If(EvidenceMutator.Corpus.Count == 0, "../shared/corpora is not beside this checkout (CI has it)");
    }

    private void Check(EvidenceFuzzCase fuzz)
    {
        foreach (var file in fuzz.Files)
        {
            foreach (var change in file.Changes)
            {
                var kind = change.StartsWith("json: ", StringComparison.Ordinal) || change.StartsWith("xml: ", StringComparison.Ordinal) || change.StartsWith("text: ", StringComparison.Ordinal)
                    ? change[..change.IndexOf(' ', StringComparison.Ordinal)] + " structure"
                    : change.StartsWith("cut", StringComparison.Ordinal) ? "truncation" : change.StartsWith("byte", StringComparison.Ordinal) ? "byte flip" : "encoding";
                _changes[kind] = _changes.GetValueOrDefault(kind) + 1;
            }
            var clock = Stopwatch.StartNew();
            WithinBudget(() => Read(file), file.Name);
            _readSeconds.Add(clock.Elapsed.TotalSeconds);
            if (clock.Elapsed.TotalSeconds > (_slowest?.Seconds ?? 0)) _slowest = (clock.Elapsed.TotalSeconds, file.ToString());
        }
        Build(fuzz);
    }

    /// <summary>The file through the entry point a build uses (with its sidecar), then through each reader on its own.</summary>
    private static void Read(EvidenceFuzzFile file)
    {
        var diagnostics = new DiagnosticBag();
        var sidecar = file.Sidecar is null ? null : SidecarReader.Parse(file.Sidecar, "evidence/" + file.Name + EvidenceSidecar.Suffix, diagnostics);
        EvidenceFileReader.Read(file.Bytes, file.Name, "evidence/" + file.Name, sidecar, diagnostics);
        NoExceptionText(diagnostics.ToSortedList(), file.Name);
        foreach (var reader in Readers)
        {
            var own = new DiagnosticBag();
            reader.Read(new EvidenceInput("evidence/" + file.Name, file.Bytes), own);
            NoExceptionText(own.ToSortedList(), $"{file.Name} through {reader.FormatName}");
        }
    }

    private void Build(EvidenceFuzzCase fuzz)
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", fuzz.Lenient ? LenientConfig : DefaultConfig)
            .Page("index.md", "Home", extra: "controls:\n  - { id: CTL-FUZZ, title: Fuzzed evidence, owner: x, cadence: monthly, evidence: [\"**\"] }\n");
        foreach (var file in fuzz.Files)
        {
            site.Bytes("evidence/" + file.Name, file.Bytes);
            if (file.Sidecar is not null) site.File("evidence/" + file.Name + EvidenceSidecar.Suffix, file.Sidecar);
        }
        var beyond = site.Root + "-outside";
        try
        {
            Directory.CreateDirectory(beyond);
            // A JUnit report with a time: read, it would be evidence like any other, and published.
            File.WriteAllText(Path.Combine(beyond, "leak.xml"),
                $"<testsuites><testsuite name=\"{OutsideText}\" timestamp=\"2025-11-20T00:00:00\"><testcase name=\"{OutsideText}\"/></testsuite></testsuites>");
            File.CreateSymbolicLink(Path.Combine(site.Root, "evidence", "zz-outside.xml"), Path.Combine(beyond, "leak.xml"));
            Build(site, fuzz);
        }
        finally
        {
            Directory.Delete(beyond, recursive: true);
        }
    }

    private void Build(TempSite site, EvidenceFuzzCase fuzz)
    {
        var outside = Listing(site.Root, except: site.OutDir);
        var clock = Stopwatch.StartNew();
        var result = WithinBudget(() => SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: AsOf)), fuzz.ToString());
        _buildSeconds.Add(clock.Elapsed.TotalSeconds);
        Assert.True(clock.Elapsed.TotalSeconds < BudgetSeconds, $"build took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(result.ExitCode, (int[])[0, 1, 2]);
        _exits[result.ExitCode]++;
        NoExceptionText(result.Diagnostics, "the build");
        Assert.Equal(outside, Listing(site.Root, except: site.OutDir));
        if (result.ExitCode == 0) Published(site, fuzz);
        else Assert.False(Directory.Exists(site.OutDir), "a failed build left an output folder");

        // The commands that read evidence without building: what they print is a verdict, never a crash.
        foreach (var args in (string[][])[["evidence", .. fuzz.Files.Select(f => Path.Combine(site.Root, "evidence", f.Name))], ["matrix", "--root", site.Root, "--format", "json"]])
        {
            var (exit, stdout, stderr) = WithinBudget(() => CliRunner.Run(args), args[0]);
            Assert.True(exit is 0 or 1, $"{args[0]}: exit {exit}\n{stderr}");
            Assert.DoesNotMatch(ExceptionText(), QuotedInput().Replace(stderr, "''"));
            Assert.DoesNotContain("Unhandled exception", stdout, StringComparison.OrdinalIgnoreCase); // stdout quotes the files' own text
        }
    }

    /// <summary>What a successful build wrote: nothing from outside the site root; raw copies only as NAME.txt with the
    /// source's bytes, and no other file with an active extension than the pages and generated files the manifest names
    /// and the theme's assets.</summary>
    private static void Published(TempSite site, EvidenceFuzzCase fuzz)
    {
        foreach (var path in Directory.GetFiles(site.OutDir, "*", SearchOption.AllDirectories))
            Assert.False(File.ReadAllText(path).Contains(OutsideText, StringComparison.Ordinal), $"'{path}' publishes a file from outside the site root");
        var evidenceDir = Path.Combine(site.Root, "evidence") + Path.DirectorySeparatorChar;
        var evidenceManifestPath = Path.Combine(site.OutDir, "evidence-manifest.json");
        if (File.Exists(evidenceManifestPath)) // none when no file was read as evidence
        {
            using var evidenceManifest = JsonDocument.Parse(File.ReadAllBytes(evidenceManifestPath));
            foreach (var entry in evidenceManifest.RootElement.GetProperty("files").EnumerateArray())
            {
                var source = Path.GetFullPath(Path.Combine(site.Root, entry.GetProperty("source").GetString()!));
                Assert.StartsWith(evidenceDir, source, StringComparison.Ordinal);
                Assert.Null(new FileInfo(source).LinkTarget);
                var digest = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)));
                Assert.Equal(digest, entry.GetProperty("sha256").GetString());
                var copy = Path.Combine(site.OutDir, entry.GetProperty("path").GetString()!);
                Assert.Equal(digest, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(copy))));
            }
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutDir, "manifest.json")));
        var kinds = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("kind").GetString()!, StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(site.OutDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.OutDir, path).Replace('\\', '/');
            if (relative == "manifest.json" || !ActiveExtensions.Contains(Path.GetExtension(relative))) continue;
            var kind = kinds.GetValueOrDefault(relative);
            Assert.True(kind is "page" or "generated" || (kind == "asset" && relative.StartsWith("assets/", StringComparison.Ordinal)),
                $"'{relative}' ({kind ?? "not in the manifest"}) has an active extension");
        }
        foreach (var file in fuzz.Files)
        {
            var raw = Path.Combine(site.OutDir, "evidence", file.Name + ".txt");
            if (!File.Exists(raw)) continue; // not read as evidence (reported)
            Assert.Equal(SHA256.HashData(file.Bytes), SHA256.HashData(File.ReadAllBytes(raw)));
        }
        var evidence = Path.Combine(site.OutDir, "evidence");
        if (!Directory.Exists(evidence)) return; // no file was read as evidence
        Assert.All(Directory.GetFiles(evidence, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".html", StringComparison.Ordinal) && !f.EndsWith(".json", StringComparison.Ordinal)),
            f => Assert.EndsWith(".txt", f, StringComparison.Ordinal));
    }

    private static T WithinBudget<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(BudgetSeconds * 3)), $"{what}: did not finish within {BudgetSeconds * 3} s");
        return task.Result;
    }

    private static void WithinBudget(Action work, string what) => WithinBudget(() => { work(); return 0; }, what);

    private static void NoExceptionText(IEnumerable<Diagnostic> diagnostics, string what)
    {
        foreach (var d in diagnostics)
            Assert.False(ExceptionText().IsMatch(QuotedInput().Replace(d.Message, "''")), $"{what}: exception text in a diagnostic: {d}");
    }

    // What a message quotes of the input ('dk.TrueException' in a mutated test report) is the file's text, not ours.
    [GeneratedRegex("'[^'\n]*'")]
    private static partial Regex QuotedInput();

    // A .NET exception's type name, or a stack frame.
    [GeneratedRegex(@"\b[A-Z]\w*Exception\b|\n\s+at \w|\bat [\w.]+\(")]
    private static partial Regex ExceptionText();

    private static List<string> Listing(string root, string except) =>
        [.. Directory.GetFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(e => e != except && !e.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(e => e + ":" + (File.Exists(e) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(e))) : "dir"))
            .Order(StringComparer.Ordinal)];

    private static string Figures(List<double> seconds)
    {
        if (seconds.Count == 0) return "none";
        var sorted = seconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {sorted[sorted.Count / 2] * 1000:0} ms, 95th percentile {sorted[(int)(sorted.Count * 0.95)] * 1000:0} ms, max {sorted[^1]:0.00} s, total {sorted.Sum():0.0} s");
    }
}
