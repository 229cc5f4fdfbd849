using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Dedup;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.State;
using Pipeline.Output;
using Pipeline.Processing;

namespace Pipeline.Crawl.Output;

/// <summary>What committing an article did.</summary>
public sealed record CommitOutcome(string ArticleId, DuplicateMatch? Duplicate)
{
    public bool Written => Duplicate is null;
}

/// <summary>
/// The single writer of the output. Under one lock it checks the article against everything already
/// written (id, normalised-text hash, SimHash), appends claims then the article line to today's files
/// (flushed to disk), and only then marks the article written in SQLite. A kill between the two
/// leaves an article in the file but not in the state; <see cref="Prepare"/> finds it on the next
/// start and records it, so it is neither lost nor written twice.
/// </summary>
public sealed class ArticleCommitter(ICrawlStateStore state, DuplicateIndex index, IOptions<CrawlOptions> options, TimeProvider time, ILogger<ArticleCommitter> log) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly CrawlOptions _options = options.Value;
    private DayFiles? _day;

    /// <summary>Called at the start of each pass: repairs the latest day folder, reconciles the state, loads the index.</summary>
    public void Prepare()
    {
        _lock.Wait();
        try
        {
            _day?.Dispose();
            _day = null;
            string root = _options.Output.Folder;
            var latest = Directory.Exists(root)
                ? Directory.GetDirectories(root).Select(Path.GetFileName).Where(n => n is { Length: 10 } && DateOnly.TryParseExact(n, "yyyy-MM-dd", out _)).Max()
                : null;
            if (latest is not null) Reconcile(DayFiles.Repair(Path.Combine(root, latest), log), latest);
            index.Load(state.Articles());
        }
        finally { _lock.Release(); }
    }

    /// <summary>Writes the article and its claims unless it repeats one already written.</summary>
    public async Task<CommitOutcome> CommitAsync(ArticleResult result)
    {
        // Not cancellable: once started, the article in hand is finished.
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            var fingerprint = Fingerprint.Of(result.Article.Text);
            var duplicate = index.Find(result.Article.Id, fingerprint);
            if (duplicate is not null) return new CommitOutcome(result.Article.Id, duplicate);
            var day = Today();
            day.WriteArticle(result.Article, result.Claims);
            state.AddArticle(result.Article.Id, result.Article.Url, fingerprint, day.Day, time.GetUtcNow());
            index.Add(result.Article.Id, fingerprint);
            return new CommitOutcome(result.Article.Id, null);
        }
        finally { _lock.Release(); }
    }

    /// <summary>Appends a rejects/1 line for a page the pipeline could not use.</summary>
    public async Task RejectAsync(Uri url, string stage, string reason)
    {
        await _lock.WaitAsync(CancellationToken.None);
        try { Today().WriteReject(new RejectRecord { Input = url.ToString(), Stage = stage, Reason = reason, At = time.GetUtcNow() }); }
        finally { _lock.Release(); }
    }

    public void Dispose() => _day?.Dispose();

    private DayFiles Today()
    {
        string day = DayFiles.DayOf(_options, time.GetUtcNow());
        if (_day?.Day == day) return _day;
        _day?.Dispose();
        _day = DayFiles.Open(_options.Output.Folder, day, log);
        Reconcile(_day.Existing, day);
        return _day;
    }

    private void Reconcile(IEnumerable<ArticleRecord> written, string day)
    {
        int added = 0;
        foreach (var a in written)
        {
            if (index.Contains(a.Id) || state.HasArticle(a.Id)) continue;
            var fingerprint = Fingerprint.Of(a.Text);
            state.AddArticle(a.Id, a.Url, fingerprint, day, time.GetUtcNow());
            index.Add(a.Id, fingerprint);
            added++;
        }
        if (added > 0) log.StateReconciled(added);
    }
}
