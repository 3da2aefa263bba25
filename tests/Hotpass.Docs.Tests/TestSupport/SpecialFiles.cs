using System.Diagnostics;
using System.Net.Sockets;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Makes the file system entries that are not regular files: named pipes and Unix sockets.</summary>
public static class SpecialFiles
{
    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("mkfifo failed");
    }

    /// <summary>A bound Unix socket left on disk; the returned socket keeps it open until disposed.</summary>
    public static Socket UnixSocket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>Runs <paramref name="build"/> and fails the test, instead of hanging it, if it does not finish in time.</summary>
    public static T WithinSeconds<T>(int seconds, Func<T> build)
    {
        var task = Task.Run(build);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"the build did not finish within {seconds} s");
        return task.Result;
    }
}
