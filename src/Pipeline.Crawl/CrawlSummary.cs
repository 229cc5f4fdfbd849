using System.Collections.Concurrent;

namespace Pipeline.Crawl;

/// <summary>Counters of one pass, updated from concurrent article tasks; read once the pass ends.</summary>
public sealed class CrawlSummary
{
    private int _sources, _sourcesFailed, _links, _fetched, _notModified, _unchanged, _failed, _robots, _refused,
        _skippedType, _newArticles, _duplicates, _rejected;
    private readonly ConcurrentDictionary<string, int> _claims = new(StringComparer.Ordinal);

    public DateTimeOffset Started { get; init; }
    public TimeSpan Duration { get; set; }

    public int Sources => _sources;
    public int SourcesFailed => _sourcesFailed;
    /// <summary>Distinct canonical article URLs taken from the sources.</summary>
    public int Links => _links;
    /// <summary>Pages that came back 200 with a usable body.</summary>
    public int Fetched => _fetched;
    public int NotModified => _notModified;
    /// <summary>200 whose bytes hash like the stored copy.</summary>
    public int Unchanged => _unchanged;
    public int Failed => _failed;
    public int RobotsSkipped => _robots;
    public int Refused => _refused;
    public int SkippedContentType => _skippedType;
    public int NewArticles => _newArticles;
    public int Duplicates => _duplicates;
    public int Rejected => _rejected;
    public IReadOnlyDictionary<string, int> ClaimsByType => new SortedDictionary<string, int>(_claims, StringComparer.Ordinal);
    public int Claims => _claims.Values.Sum();

    internal void Source(bool ok) { Interlocked.Increment(ref _sources); if (!ok) Interlocked.Increment(ref _sourcesFailed); }
    internal void AddLinks(int n) => Interlocked.Add(ref _links, n);
    internal void CountFetched() => Interlocked.Increment(ref _fetched);
    internal void CountNotModified() => Interlocked.Increment(ref _notModified);
    internal void CountUnchanged() => Interlocked.Increment(ref _unchanged);
    internal void CountFailed() => Interlocked.Increment(ref _failed);
    internal void CountRobots() => Interlocked.Increment(ref _robots);
    internal void CountRefused() => Interlocked.Increment(ref _refused);
    internal void CountSkippedType() => Interlocked.Increment(ref _skippedType);
    internal void CountDuplicate() => Interlocked.Increment(ref _duplicates);
    internal void CountRejected() => Interlocked.Increment(ref _rejected);

    internal void CountArticle(IEnumerable<string> claimTypes)
    {
        Interlocked.Increment(ref _newArticles);
        foreach (var type in claimTypes) _claims.AddOrUpdate(type, 1, (_, n) => n + 1);
    }
}
