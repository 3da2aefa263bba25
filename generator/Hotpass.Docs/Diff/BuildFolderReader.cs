using System.Text.Json;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Diff;

/// <summary>Reads a build's output folder into a <see cref="BuildSnapshot"/>, refusing a folder that is not a
/// hotpass-docs build or whose manifest has a version this tool does not read.</summary>
public static class BuildFolderReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The snapshot, or null with <paramref name="problem"/> saying why the folder cannot be compared.</summary>
    public static BuildSnapshot? Read(string folder, out string? problem)
    {
        var manifestPath = Path.Combine(folder, ManifestJson.FileName);
        if (!Directory.Exists(folder)) return Fail<BuildSnapshot>($"'{folder}' does not exist", out problem);
        if (!File.Exists(manifestPath)) return Fail<BuildSnapshot>($"'{folder}' is not a hotpass-docs build: it has no {ManifestJson.FileName}", out problem);
        // A FIFO or device where a build writes a file would block or never end: only regular files are read.
        foreach (var name in new[] { ManifestJson.FileName, DiagnosticsJson.FileName, MatrixStatusReader.FileName })
        {
            var path = Path.Combine(folder, name);
            if ((File.Exists(path) || name == ManifestJson.FileName) && Load.FileKind.NotRegular(path) is { } kind)
                return Fail<BuildSnapshot>($"'{path}' is not a hotpass-docs build's file: it is {kind}", out problem);
        }
        try
        {
            var files = ReadManifest(manifestPath, folder, out problem);
            if (files is null) return null;
            var diagnostics = files.ContainsKey(DiagnosticsJson.FileName) ? ReadDiagnostics(Path.Combine(folder, DiagnosticsJson.FileName)) : [];
            Dictionary<string, string>? status = null;
            var matrixPath = Path.Combine(folder, MatrixStatusReader.FileName);
            if (File.Exists(matrixPath))
            {
                status = MatrixStatusReader.Read(matrixPath, out var matrixProblem);
                if (status is null) return Fail<BuildSnapshot>($"'{matrixPath}' {matrixProblem}", out problem);
            }
            return new BuildSnapshot(folder, files, diagnostics, status);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return Fail<BuildSnapshot>($"'{folder}' is not a readable hotpass-docs build: {e.Message}", out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail<BuildSnapshot>($"'{folder}' cannot be read: {e.Message}", out problem);
        }
    }

    private static Dictionary<string, ManifestEntry>? ReadManifest(string path, string folder, out string? problem) =>
        ManifestReader.Read(File.ReadAllBytes(path), folder, out problem)?.Values
            .ToDictionary(f => f.Path, f => new ManifestEntry(f.Path, f.Kind, f.Sha256), StringComparer.Ordinal);

    private static List<ReportedDiagnostic> ReadDiagnostics(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path), Options);
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new ReportedDiagnostic(
            Text(d, "code"),
            Text(d, "severity"),
            Text(d, "path"),
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            Text(d, "message")))];
    }

    private static string Text(JsonElement element, string name) => ManifestReader.Text(element, name);

    private static T? Fail<T>(string message, out string? problem) where T : class
    {
        problem = message;
        return null;
    }
}
