using Hotpass.Docs.Configuration;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>Watches what a build reads (the folders the configuration names, and the configuration file) and signals
/// on every change, creation, deletion or rename, except those touching only files a build never reads (editors' swap
/// files and backups, what <c>exclude:</c> leaves out). The output folder and everything else at the root are ignored, so
/// serving never rebuilds because of its own or another tool's writes. When the configuration changes, the folders
/// it names are read again, so a newly named folder is watched and a folder no longer named is not.</summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Func<SiteConfig> _configuration;
    private IReadOnlyList<string> _named;
    private InputExclusions _excluded;
    private readonly string _root;
    private readonly string _configFile;
    private readonly Action _changed;
    private bool _disposed;

    /// <param name="configuration">The configuration as it is now, for the folders it names (relative to the root,
    /// '/'-separated) and what it leaves out of them; read again after every change to the configuration file.</param>
    public SourceWatcher(string root, Func<SiteConfig> configuration, string configFile, Action changed)
    {
        _changed = changed;
        _configFile = configFile;
        _root = root;
        _configuration = configuration;
        var config = configuration();
        (_named, _excluded) = (config.InputFolders, config.Exclude);
        lock (_folders)
        {
            foreach (var folder in _named) WatchFolderIfPresent(folder);
            // The root itself, not recursively: the configuration file, and a watched folder (or its first segment)
            // created, deleted or renamed.
            _rootWatcher = Watch(root, folder: null);
        }
    }

    /// <summary>The folders watched now (relative to the root).</summary>
    public IReadOnlyCollection<string> Watched
    {
        get { lock (_folders) return [.. _folders.Keys]; }
    }

    private void WatchFolderIfPresent(string folder)
    {
        var full = Path.Combine(_root, folder);
        if (!_disposed && !_folders.ContainsKey(folder) && Directory.Exists(full)) _folders[folder] = Watch(full, folder);
    }

    /// <param name="folder">The watched folder, from the root; null for the root itself, watched without its subfolders.</param>
    private FileSystemWatcher Watch(string path, string? folder)
    {
        var recursive = folder is not null;
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        FileSystemEventHandler handler = recursive ? (_, e) => OnFolderEvent(folder!, e.Name) : (_, e) => OnRootEvent(e.Name);
        watcher.Changed += handler;
        watcher.Created += handler;
        watcher.Deleted += handler;
        watcher.Renamed += (_, e) =>
        {
            if (recursive) OnFolderEvent(folder!, e.OldName, e.Name);
            else { OnRootEvent(e.OldName); OnRootEvent(e.Name); }
        };
        // Overflow: events were lost, so rebuild to be sure.
        watcher.Error += (_, _) => _changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A change inside a watched folder rebuilds unless every name it touches is one a build never reads (an
    /// editor's swap file or backup, written on every keystroke or save, or a file <c>exclude:</c> leaves out).</summary>
    private void OnFolderEvent(string folder, params string?[] names)
    {
        var excluded = _excluded;
        if (names.Any(name => name is null || !excluded.ExcludesFile(folder + "/" + name))) _changed();
    }

    private void OnRootEvent(string? name)
    {
        if (name is null) return;
        if (name == _configFile)
        {
            Refresh();
            _changed();
            return;
        }
        var named = _named;
        var touched = named.Where(f => f == name || f.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
        if (touched.Count == 0) return;
        // A folder that did not exist when serving began (evidence/, say) is watched from when it appears.
        lock (_folders)
            foreach (var folder in touched) WatchFolderIfPresent(folder);
        _changed();
    }

    /// <summary>Reads the folders the configuration names again: starts watching new ones, stops watching the rest.</summary>
    private void Refresh()
    {
        SiteConfig config;
        try
        {
            config = _configuration();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // the configuration is mid-save; the rebuild it triggers reports what is wrong
        }
        var named = config.InputFolders;
        lock (_folders)
        {
            (_named, _excluded) = (named, config.Exclude);
            foreach (var gone in _folders.Keys.Where(f => !named.Contains(f, StringComparer.Ordinal)).ToList())
            {
                _folders[gone].Dispose();
                _folders.Remove(gone);
            }
            foreach (var folder in named) WatchFolderIfPresent(folder);
        }
    }

    public void Dispose()
    {
        lock (_folders)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
        }
    }
}
