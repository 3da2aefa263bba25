using System.Diagnostics;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Makes a file impossible to delete for the life of the object: <c>chattr +i</c> when running as root
/// (root ignores permissions), a read-only parent folder otherwise.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Undeletable : IDisposable
{
    private readonly string _file;

    public Undeletable(string file)
    {
        _file = file;
        if (Environment.UserName == "root") Run("chattr", "+i", file);
        else File.SetUnixFileMode(Path.GetDirectoryName(file)!, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        if (File.Exists(_file)) Release(_file);
    }

    /// <summary>Undoes the lock wherever the folder holding the file has moved to since.</summary>
    public static void Release(string file)
    {
        if (Environment.UserName == "root") Run("chattr", "-i", file);
        else File.SetUnixFileMode(Path.GetDirectoryName(file)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
    }
}
