using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>Fans server-sent events out to every open tab. Each subscriber has its own bounded queue, so a stalled
/// tab drops its oldest events instead of holding up a rebuild.</summary>
public sealed class ServeEvents
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers.TryAdd(channel, 0);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel) => _subscribers.TryRemove(channel, out _);

    /// <summary>Queues one event (already in <c>event:</c>/<c>data:</c> form) for every subscriber.</summary>
    public void Publish(string message)
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryWrite(message);
    }
}
