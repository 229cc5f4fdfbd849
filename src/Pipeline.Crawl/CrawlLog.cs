using Microsoft.Extensions.Logging;

namespace Pipeline.Crawl;

/// <summary>The crawler's log events, with fixed ids (21xx) so that alerts and greps survive rewording.</summary>
public static partial class CrawlLog
{
    [LoggerMessage(2100, LogLevel.Information, "Crawl pass started: {Sources} sources, state {StatePath}, output {Folder}")]
    public static partial void PassStarted(this ILogger log, int sources, string statePath, string folder);

    [LoggerMessage(2101, LogLevel.Information, "Crawl pass finished in {Duration}: {Links} links, {Fetched} fetched, {NotModified} not modified, {Failed} failed, {Robots} robots-skipped, {Refused} refused, {New} new articles, {Duplicates} duplicates, {Claims} claims")]
    public static partial void PassFinished(this ILogger log, TimeSpan duration, int links, int fetched, int notModified, int failed, int robots, int refused, int @new, int duplicates, int claims);

    [LoggerMessage(2102, LogLevel.Warning, "Crawl pass cancelled; the article in hand was finished or left for the next pass")]
    public static partial void PassCancelled(this ILogger log);

    [LoggerMessage(2110, LogLevel.Information, "Source {Source} gave {Links} article links")]
    public static partial void SourceRead(this ILogger log, string source, int links);

    [LoggerMessage(2111, LogLevel.Warning, "Source {Source} ({Url}) could not be read: {Reason}; check the URL and its Kind in crawl.json")]
    public static partial void SourceFailed(this ILogger log, string source, Uri url, string reason);

    [LoggerMessage(2120, LogLevel.Debug, "Fetched {Url} ({Bytes} bytes)")]
    public static partial void PageFetched(this ILogger log, Uri url, int bytes);

    [LoggerMessage(2121, LogLevel.Debug, "Not modified: {Url}")]
    public static partial void PageNotModified(this ILogger log, Uri url);

    [LoggerMessage(2122, LogLevel.Warning, "Fetch failed for {Url}: {Reason}; it is retried next pass")]
    public static partial void PageFailed(this ILogger log, Uri url, string reason);

    [LoggerMessage(2123, LogLevel.Information, "Skipped by robots.txt: {Url}")]
    public static partial void RobotsDisallowed(this ILogger log, Uri url);

    [LoggerMessage(2124, LogLevel.Warning, "Refused {Url}: {Reason}")]
    public static partial void AddressRefused(this ILogger log, Uri url, string reason);

    [LoggerMessage(2125, LogLevel.Information, "Skipped {Url}: {Reason}")]
    public static partial void ContentTypeSkipped(this ILogger log, Uri url, string reason);

    [LoggerMessage(2126, LogLevel.Warning, "robots.txt of {Host} unavailable ({Reason}); the host is skipped this pass (RFC 9309)")]
    public static partial void RobotsUnavailable(this ILogger log, string host, string reason);

    [LoggerMessage(2130, LogLevel.Information, "Wrote article {ArticleId} from {Url} with {Claims} claims")]
    public static partial void ArticleWritten(this ILogger log, string articleId, Uri url, int claims);

    [LoggerMessage(2131, LogLevel.Information, "Duplicate of {ArticleId} ({How}) at {Url}; its claims are not written again")]
    public static partial void DuplicateSkipped(this ILogger log, Uri url, string articleId, string how);

    [LoggerMessage(2132, LogLevel.Warning, "Rejected {Url} at stage {Stage}: {Reason}")]
    public static partial void ArticleRejected(this ILogger log, Uri url, string stage, string reason);

    [LoggerMessage(2133, LogLevel.Warning, "{Url}: {Count} bytes were not valid text and were read as U+FFFD; the rest of the page was kept")]
    public static partial void PageRepaired(this ILogger log, Uri url, int count);

    [LoggerMessage(2140, LogLevel.Warning, "Repaired {File}: removed {Bytes} bytes of an interrupted write")]
    public static partial void OutputRepaired(this ILogger log, string file, long bytes);

    [LoggerMessage(2141, LogLevel.Information, "Reconciled {Count} written articles missing from the crawl state")]
    public static partial void StateReconciled(this ILogger log, int count);

    [LoggerMessage(2150, LogLevel.Information, "Next crawl pass at {Next} ({TimeZone})")]
    public static partial void NextPass(this ILogger log, DateTimeOffset next, string timeZone);

    [LoggerMessage(2151, LogLevel.Information, "Crawl worker stopping")]
    public static partial void WorkerStopping(this ILogger log);
}
