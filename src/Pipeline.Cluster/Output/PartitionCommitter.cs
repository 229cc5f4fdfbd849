using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Dedup;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Output;
using Pipeline.Output;
using Pipeline.Processing;

namespace Pipeline.Cluster.Output;

/// <summary>
/// The single writer of this silo's output partition, <c>out/YYYY-MM-DD/part-SILO.{articles,claims,rejects}.jsonl</c>,
/// through the same <see cref="DayFiles"/> as the single-machine crawl (claims then the article line,
/// flushed; partial lines cut on open). Duplicates are caught within the partition; across
/// partitions they are dropped by id when the partitions are merged (<see cref="PartitionMerge"/>).
/// </summary>
public sealed class PartitionCommitter(IOptions<CrawlOptions> options, SiloIdentity silo, TimeProvider time, ILogger<PartitionCommitter> log) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly CrawlOptions _options = options.Value;
    private DuplicateIndex _index = new(options.Value.NearDuplicateSimilarity);
    private DayFiles? _day;

    /// <summary>File-name prefix of this silo's partition.</summary>
    public string Prefix => $"part-{silo.Name}.";

    /// <summary>Called at the start of each pass: repairs this silo's partitions and loads what they hold.</summary>
    public void Prepare()
    {
        _lock.Wait();
        try
        {
            _day?.Dispose();
            _day = null;
            _index = new DuplicateIndex(_options.NearDuplicateSimilarity);
            string root = _options.Output.Folder;
            if (!Directory.Exists(root)) return;
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
                foreach (var a in DayFiles.Repair(folder, log, Prefix))
                    if (!_index.Contains(a.Id)) _index.Add(a.Id, Fingerprint.Of(a.Text));
        }
        finally { _lock.Release(); }
    }

    /// <summary>Writes the article and its claims unless this partition already holds it.</summary>
    public async Task<(bool Written, DuplicateMatch? Duplicate)> CommitAsync(ArticleResult result)
    {
        await _lock.WaitAsync(CancellationToken.None); // once started, the article in hand is finished
        try
        {
            var fingerprint = Fingerprint.Of(result.Article.Text);
            if (_index.Find(result.Article.Id, fingerprint) is { } duplicate) return (false, duplicate);
            Today().WriteArticle(result.Article, result.Claims);
            _index.Add(result.Article.Id, fingerprint);
            return (true, null);
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
        _day = DayFiles.Open(_options.Output.Folder, day, log, Prefix);
        return _day;
    }
}
