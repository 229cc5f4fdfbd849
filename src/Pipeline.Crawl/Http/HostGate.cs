using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;

namespace Pipeline.Crawl.Http;

/// <summary>
/// Politeness in one place: at most N requests in flight per host (host:port), a pause before each
/// request to a host (the larger of Crawl:Politeness:MinDelayMilliseconds and the host's robots.txt
/// Crawl-delay) counted from the later of the previous request's start and its end, and a global
/// limit over all hosts. Counting from the end means that with one request per host the server
/// sees the full delay between two requests whatever the network did in between.
/// Entered once per HTTP attempt, so retries are spaced like any other request.
/// </summary>
public sealed class HostGate(IOptions<CrawlOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _global = new(options.Value.GlobalConcurrency);
    private readonly PolitenessOptions _politeness = options.Value.Politeness;

    /// <summary>Called by the robots cache once a host's Crawl-delay is known.</summary>
    public void SetCrawlDelay(string authority, TimeSpan delay)
    {
        var cap = TimeSpan.FromMilliseconds(_politeness.MaxCrawlDelayMilliseconds);
        Slot(authority).CrawlDelay = delay > cap ? cap : delay;
    }

    /// <summary>The spacing currently applied to a host.</summary>
    public TimeSpan DelayFor(string authority)
    {
        var min = TimeSpan.FromMilliseconds(_politeness.MinDelayMilliseconds);
        var crawl = Slot(authority).CrawlDelay;
        return crawl > min ? crawl : min;
    }

    /// <summary>Waits for the host's turn and a global slot; dispose the lease when the response body is read.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken)
    {
        var slot = Slot(uri.Authority);
        await slot.Concurrency.WaitAsync(cancellationToken);
        try
        {
            // Re-checked after every wait: the spacing runs from the previous request's actual start,
            // so a late timer can make a gap longer but never shorter.
            while (true)
            {
                TimeSpan wait;
                lock (slot)
                {
                    var now = time.GetUtcNow();
                    var last = slot.LastEnd > slot.LastStart ? slot.LastEnd : slot.LastStart;
                    wait = last + DelayFor(uri.Authority) - now;
                    if (wait <= TimeSpan.Zero) { slot.LastStart = now; break; }
                }
                await Task.Delay(wait, time, cancellationToken);
            }
            await _global.WaitAsync(cancellationToken);
            return new Lease(slot, _global, time);
        }
        catch
        {
            slot.Concurrency.Release();
            throw;
        }
    }

    private HostSlot Slot(string authority) =>
        _hosts.GetOrAdd(authority, _ => new HostSlot(_politeness.PerHostConcurrency));

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency);
        public DateTimeOffset LastStart { get; set; } = DateTimeOffset.MinValue;
        public DateTimeOffset LastEnd { get; set; } = DateTimeOffset.MinValue;
        public TimeSpan CrawlDelay { get; set; }
    }

    private sealed class Lease(HostSlot slot, SemaphoreSlim global, TimeProvider time) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            lock (slot) slot.LastEnd = time.GetUtcNow();
            global.Release();
            slot.Concurrency.Release();
        }
    }
}
