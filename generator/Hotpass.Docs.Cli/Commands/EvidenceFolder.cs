namespace Hotpass.Docs.Cli.Commands;

/// <summary>A site's evidence folder, so <c>evidence FILE</c> names a file as a build does: a file inside the folder
/// gets the path (and so the id) the build gives it (<c>ci/unit-tests.xml</c>, id <c>ci/unit-tests</c>), never one
/// made from the command line's own spelling of the path.</summary>
/// <param name="FullPath">The folder on disk.</param>
/// <param name="Dir">The folder as the configuration names it (<c>evidence</c>), which source paths start with.</param>
internal sealed record EvidenceFolder(string FullPath, string Dir)
{
    /// <summary>The path under the evidence folder and the source path diagnostics name; a file outside the folder keeps
    /// the path as given, since no build reads it.</summary>
    public (string EvidencePath, string SourcePath) Locate(string file)
    {
        var relative = Path.GetRelativePath(FullPath, Path.GetFullPath(file)).Replace('\\', '/');
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return (file, file);
        return (relative, Dir + "/" + relative);
    }
}
