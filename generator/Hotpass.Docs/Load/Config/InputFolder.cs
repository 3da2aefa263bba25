
namespace Hotpass.Docs.Load.Config;

/// <summary>The one policy for the input folders <c>hotpass-docs.yml</c> names (<c>content</c>, <c>templates</c>,
/// <c>evidence</c>, <c>frameworks</c>): a relative path whose real location, every symbolic link on the way
/// resolved, is inside the real site root.</summary>
/// <remarks>The scanners refuse links inside a folder and the folder itself when it is a link, but a link among its
/// ancestors (<c>content: sub/docs</c>, <c>sub</c> a link to elsewhere) is only visible by resolving the whole path,
/// so it is done here, once, before any folder is read.</remarks>
internal static class InputFolder
{
    /// <summary>Null when <paramref name="folder"/> may be read as an input of the site at <paramref name="root"/>;
    /// else what is wrong, worded to follow "Configuration key 'content' ".</summary>
    public static string? Problem(string root, string folder)
    {
        if (Path.IsPathRooted(folder) || folder.Split('/', '\\').Contains("..")) return "must be a folder inside the site root";
        var realRoot = RealPath.Of(root);
        var real = RealPath.Of(Path.Combine(root, folder));
        if (realRoot is null || real is null)
            return $"must be a folder inside the site root: where '{folder}' leads cannot be resolved (a symbolic link loops or cannot be read)";
        // The target is not named: a downgraded diagnostic is published in diagnostics.json, and where a link leads
        // on the author's machine is none of the reader's business.
        return RealPath.IsWithin(real, realRoot) ? null : $"must be a folder inside the site root: '{folder}' leads outside it through a symbolic link";
    }
}
