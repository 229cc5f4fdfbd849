using Microsoft.Extensions.Logging;

namespace Pipeline.Cluster;

/// <summary>The cluster's log events, with fixed ids (27xx); page-level events reuse <see cref="Crawl.CrawlLog"/>.</summary>
public static partial class ClusterLog
{
    [LoggerMessage(2700, LogLevel.Information, "Silo {Silo} joins pass {Pass}: {Hosts} hosts, output partition {Partition}")]
    public static partial void ClusterPassStarted(this ILogger log, string silo, string pass, int hosts, string partition);

    [LoggerMessage(2701, LogLevel.Information, "Silo {Silo} finished pass {Pass} in {Duration}: {Fetched} fetched, {NotModified} not modified, {Failed} failed, {New} new articles, {Duplicates} duplicates, {Claims} claims")]
    public static partial void ClusterPassFinished(this ILogger log, string silo, string pass, TimeSpan duration, int fetched, int notModified, int failed, int @new, int duplicates, int claims);

    [LoggerMessage(2702, LogLevel.Information, "Pass {Pass}: {Links} article links on {Hosts} hosts handed to the host grains")]
    public static partial void PassDistributed(this ILogger log, string pass, int links, int hosts);

    [LoggerMessage(2710, LogLevel.Warning, "Lease of {Url} held by {Silo} {Why}; the page goes back to the frontier")]
    public static partial void LeaseExpired(this ILogger log, string url, string silo, string why);

    [LoggerMessage(2711, LogLevel.Warning, "Grain call for {Host} failed ({Reason}); retrying (a silo may have died, the cluster is taking over its hosts)")]
    public static partial void GrainCallRetried(this ILogger log, string host, string reason);

    [LoggerMessage(2712, LogLevel.Information, "robots.txt of {Host} settled: {Rules}")]
    public static partial void RobotsSettled(this ILogger log, string host, string rules);

    [LoggerMessage(2713, LogLevel.Information, "{Url} redirects to {Target}; the target is queued on its host's grain")]
    public static partial void RedirectHandedOff(this ILogger log, string url, string target);

    [LoggerMessage(2720, LogLevel.Information, "Cluster database ready: {What}")]
    public static partial void DatabaseReady(this ILogger log, string what);

    [LoggerMessage(2730, LogLevel.Information, "Merged {Partitions} partitions of {Day}: {Articles} articles, {Claims} claims ({DuplicateArticles} duplicate articles dropped)")]
    public static partial void DayMerged(this ILogger log, string day, int partitions, int articles, int claims, int duplicateArticles);
}
