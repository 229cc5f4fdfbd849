using System.ComponentModel.DataAnnotations;

namespace Pipeline.Crawl.Options;

/// <summary>
/// The <c>Crawl</c> section of crawl.json (or appsettings.json, or PIPELINE_Crawl__* environment
/// variables). Every key is documented in docs/crawl.md; unknown keys fail at start.
/// </summary>
public sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>Feeds, sitemaps and URL lists to read article links from.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>The User-Agent header sent, and the agent name looked up in robots.txt.</summary>
    [Required] public string UserAgent { get; set; } = "ArabicClaimsBot/0.1 (+https://example.org/bot)";

    /// <summary>Default cap on article links taken from one source per pass (a source may override it).</summary>
    [Range(1, 100_000)] public int MaxArticlesPerSource { get; set; } = 200;

    /// <summary>Estimated word-shingle Jaccard similarity at or above which two articles are the same story (1 = exact copies only).</summary>
    [Range(0.3, 1.0)] public double NearDuplicateSimilarity { get; set; } = Dedup.DuplicateIndex.DefaultSimilarity;

    /// <summary>At most this many requests in flight over all hosts.</summary>
    [Range(1, 256)] public int GlobalConcurrency { get; set; } = 8;

    public PolitenessOptions Politeness { get; set; } = new();
    public HttpOptions Http { get; set; } = new();
    public ScheduleOptions Schedule { get; set; } = new();
    public OutputOptions Output { get; set; } = new();

    /// <summary>
    /// Host names (exact, case-insensitive) or address ranges in CIDR form (<c>127.0.0.0/8</c>) that may
    /// be fetched although they resolve to loopback, private, link-local or multicast addresses.
    /// Empty in production; tests allow their local server here.
    /// </summary>
    public List<string> AllowedPrivateHosts { get; set; } = [];
}

/// <summary>Crawl.Politeness: how gently each host is treated.</summary>
public sealed class PolitenessOptions
{
    /// <summary>At most this many requests in flight to one host (host:port).</summary>
    [Range(1, 64)] public int PerHostConcurrency { get; set; } = 1;

    /// <summary>Minimum time between the starts of two requests to one host; robots.txt Crawl-delay raises it.</summary>
    [Range(0, 600_000)] public int MinDelayMilliseconds { get; set; } = 1000;

    /// <summary>Crawl-delay values above this are capped, so one robots.txt cannot stall the pass.</summary>
    [Range(0, 600_000)] public int MaxCrawlDelayMilliseconds { get; set; } = 30_000;

    /// <summary>Whether robots.txt is fetched and honoured (only switch off for your own sites).</summary>
    public bool RespectRobotsTxt { get; set; } = true;
}

/// <summary>Crawl.Http: limits and resilience of each request.</summary>
public sealed class HttpOptions
{
    /// <summary>Largest body accepted, after decompression; larger pages are failed unread.</summary>
    [Range(1024, 1L << 31)] public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Redirects followed per page before it is failed as a loop.</summary>
    [Range(0, 20)] public int MaxRedirects { get; set; } = 5;

    /// <summary>Time allowed to one attempt (headers and body), counted from when the host's turn comes.</summary>
    [Range(100, 600_000)] public int AttemptTimeoutMilliseconds { get; set; } = 20_000;

    /// <summary>Time allowed to one page over all its attempts and waits.</summary>
    [Range(100, 3_600_000)] public int TotalTimeoutMilliseconds { get; set; } = 120_000;

    /// <summary>Retries after the first attempt for transient failures (5xx, 408, 429, network errors, timeouts).</summary>
    [Range(0, 10)] public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the jittered exponential backoff; a Retry-After header takes precedence.</summary>
    [Range(1, 600_000)] public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Failure ratio over the sampling window that opens a host's circuit breaker.</summary>
    [Range(0.01, 1.0)] public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Requests to a host in the window before its breaker may open.</summary>
    [Range(2, 10_000)] public int BreakerMinimumThroughput { get; set; } = 20;

    /// <summary>How long an open breaker refuses requests to its host.</summary>
    [Range(500, 3_600_000)] public int BreakerBreakMilliseconds { get; set; } = 30_000;
}

/// <summary>Crawl.Schedule: when the worker verb runs a pass.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Five-field cron expression (Cronos syntax), e.g. <c>0 2 * * *</c>.</summary>
    [Required] public string Cron { get; set; } = "0 2 * * *";

    /// <summary>IANA (or Windows) time zone id the cron expression is read in, e.g. <c>Asia/Riyadh</c>.</summary>
    [Required] public string TimeZone { get; set; } = "UTC";

    /// <summary>Whether the worker also runs one pass immediately at start.</summary>
    public bool RunOnStart { get; set; }
}

/// <summary>Crawl.Output: where records and state go.</summary>
public sealed class OutputOptions
{
    /// <summary>Root output folder; records go to <c>Folder/YYYY-MM-DD/{articles,claims,rejects}.jsonl</c>.</summary>
    [Required] public string Folder { get; set; } = "out";

    /// <summary>
    /// The crawl state: a SQLite file, or <c>postgres:</c> and an Npgsql connection string for a state
    /// shared by a cluster (<c>postgres:Host=db1;Database=pipeline;Username=crawler</c>); empty = <c>Folder/crawl-state.db</c>.
    /// </summary>
    public string? StatePath { get; set; }

    /// <summary>Time zone whose calendar date names the day folders; empty = the schedule's time zone.</summary>
    public string? DayTimeZone { get; set; }
}
