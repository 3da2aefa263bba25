namespace Hotpass.Docs.Cli.Serve;

/// <summary>Watches what a build reads (the content, templates and evidence folders and the configuration file) and
/// signals on every change, creation, deletion or rename. The output folder and everything else at the root are
/// ignored, so serving never rebuilds because of its own or another tool's writes.</summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _watchedFolders;
    private readonly HashSet<string> _watching = new(StringComparer.Ordinal);
    private readonly string _root;
    private readonly string _configFile;
    private readonly Action _changed;

    public SourceWatcher(string root, IEnumerable<string> folders, string configFile, Action changed)
    {
        _changed = changed;
        _configFile = configFile;
        _root = root;
        _watchedFolders = new HashSet<string>(folders, StringComparer.Ordinal);
        lock (_watchers)
        {
            foreach (var folder in _watchedFolders) WatchFolderIfPresent(folder);
            // The root itself, not recursively: the configuration file, and a watched folder created, deleted or renamed.
            _watchers.Add(Watch(root, recursive: false));
        }
    }

    private void WatchFolderIfPresent(string folder)
    {
        var full = Path.Combine(_root, folder);
        if (Directory.Exists(full) && _watching.Add(folder)) _watchers.Add(Watch(full, recursive: true));
    }

    private FileSystemWatcher Watch(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        FileSystemEventHandler handler = recursive ? (_, _) => _changed() : (_, e) => OnRootEvent(e.Name);
        watcher.Changed += handler;
        watcher.Created += handler;
        watcher.Deleted += handler;
        watcher.Renamed += (_, e) =>
        {
            if (recursive) _changed();
            else { OnRootEvent(e.OldName); OnRootEvent(e.Name); }
        };
        // Overflow: events were lost, so rebuild to be sure.
        watcher.Error += (_, _) => _changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnRootEvent(string? name)
    {
        if (name is null) return;
        if (_watchedFolders.Contains(name))
        {
            // A folder that did not exist when serving began (evidence/, say) is watched from when it appears.
            lock (_watchers) WatchFolderIfPresent(name);
            _changed();
        }
        else if (name == _configFile)
        {
            _changed();
        }
    }

    public void Dispose()
    {
        lock (_watchers)
            foreach (var watcher in _watchers) watcher.Dispose();
    }
}
