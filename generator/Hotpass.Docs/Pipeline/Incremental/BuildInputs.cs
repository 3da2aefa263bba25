using Hotpass.Docs.Load;
namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>Everything a build reads besides the pages, which an incremental rebuild cannot scope to some pages: the
/// request, the instant and commit judged at (and whether the instant is <c>now</c>, which a rebuild keeps through the
/// day), the configuration file and the review lock, the theme, the evidence folder and the folders the features read (framework catalogues).
/// When any of these differs from the previous build's, the rebuild renders every page.</summary>
internal sealed record BuildInputs(
    BuildRequest Request,
    DateTimeOffset AsOf,
    bool AsOfIsNow,
    string? Commit,
    FileStamp Config,
    FolderStamp Templates,
    FolderStamp Evidence,
    FolderStamps Features)
{
    /// <summary>The review lock (<c>governance.lock.json</c>): accepting a declaration changes which controls are
    /// suspect on every governance page.</summary>
    public FileStamp ReviewLock { get; init; }

    /// <summary>Whether a file stamped here could have changed without its stamp showing it.</summary>
    public bool IsRacy(DateTimeOffset stampedAt) =>
        Config.IsRacy(stampedAt) || ReviewLock.IsRacy(stampedAt) || Templates.IsRacy(stampedAt) || Evidence.IsRacy(stampedAt) || Features.IsRacy(stampedAt);
}
