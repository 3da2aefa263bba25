using System.Text;

namespace Hotpass.Docs.Tests.Serve;

/// <summary>Reads a server-sent event stream one event at a time, for tests that wait for a reload or an error.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event's name and data; fails the test when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<(string Event, string Data)> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string name = "message", data = "";
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancel.Token);
            if (line is null) throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0) return (name, data);
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<string> WaitForAsync(string name, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"no '{name}' event within {timeout}");
            var (evt, data) = await NextAsync(left);
            if (evt == name) return data;
        }
    }

    public void Dispose() => _reader.Dispose();
}
