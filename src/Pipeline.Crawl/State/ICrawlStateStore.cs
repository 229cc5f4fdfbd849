namespace Pipeline.Crawl.State;

/// <summary>
/// What the crawl remembers between passes: per canonical URL the conditional-GET validators, content
/// hash, last status and consecutive failures; per written article its dedup fingerprint. Read by the
/// article handler (conditional GETs) and the committer (duplicate index). <see cref="CrawlStates.Open"/>
/// picks the implementation: SQLite on one machine (<see cref="SqliteCrawlState"/>), PostgreSQL for a
/// cluster (<see cref="PostgresCrawlState"/>). Every write is one atomic upsert, safe from several threads
/// and, for PostgreSQL, from several machines.
/// </summary>
public interface ICrawlStateStore : IDisposable
{
    /// <summary>Where the state lives, for logs: the SQLite path, or the PostgreSQL server without its password.</summary>
    string Location { get; }

    /// <summary>What is known about a canonical URL, or null when it was never fetched.</summary>
    PageState? GetPage(string url);

    /// <summary>Records a completed fetch (200 or 304) and what it led to; resets the failure count. Null validators keep the stored ones.</summary>
    void RecordFetch(string url, string status, DateTimeOffset at, string? etag = null, string? lastModified = null, string? contentHash = null, string? articleId = null);

    /// <summary>Records a failed or skipped fetch; validators and earlier results are kept.</summary>
    void RecordFailure(string url, string status, string error, DateTimeOffset at);

    /// <summary>Marks an article as written to the output (after its lines were flushed); a second call for the same id changes nothing.</summary>
    void AddArticle(string id, string? url, Dedup.Fingerprint f, string day, DateTimeOffset at);

    /// <summary>True when the article was marked as written.</summary>
    bool HasArticle(string id);

    /// <summary>Every written article's fingerprint, to fill the duplicate index at the start of a pass.</summary>
    IReadOnlyList<ArticleState> Articles();
}
