namespace Hotpass.Docs.Cli.Serve;

/// <summary>Turns bursts of file events into single rebuilds: after a change it waits until the sources have been
/// quiet for <c>quiet</c>, then runs the action once; changes during a run cause exactly one more run after it.</summary>
public sealed class ChangeDebouncer : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _quiet;
    private readonly Action _action;
    private readonly Task _loop;
    private long _lastChange;

    public ChangeDebouncer(TimeSpan quiet, Action action)
    {
        _quiet = quiet;
        _action = action;
        _loop = Task.Run(LoopAsync);
    }

    public void Signal()
    {
        Interlocked.Exchange(ref _lastChange, Environment.TickCount64);
        try
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another event released it first: one pending run covers both.
        }
    }

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        try
        {
            while (true)
            {
                await _signal.WaitAsync(token).ConfigureAwait(false);
                // Wait out the burst: editors write, rename and touch a file in quick succession.
                long remaining;
                while ((remaining = (long)_quiet.TotalMilliseconds - (Environment.TickCount64 - Interlocked.Read(ref _lastChange))) > 0)
                    await Task.Delay(TimeSpan.FromMilliseconds(remaining), token).ConfigureAwait(false);
                _action();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop.Wait(TimeSpan.FromSeconds(10)); }
        catch (AggregateException) { /* the loop ends by cancellation */ }
        _stop.Dispose();
        _signal.Dispose();
    }
}
