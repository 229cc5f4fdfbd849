using Microsoft.Extensions.Logging;
using Pipeline.Cluster.Grains;
using Pipeline.Crawl;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.State;
using Pipeline.Crawl.Urls;

namespace Pipeline.Cluster.Silo;

/// <summary>
/// This silo's share of one host: ask the host grain for a lease, fetch, tell the grain the response
/// is read (freeing the host's slot), extract and write, then report the URL done. Every silo runs
/// Cluster:LoopsPerHost loops per host, so the work spreads over the silos while the grain keeps the
/// host polite; the loops of one silo take turns asking (<paramref name="asking"/>), so a busy host is
/// polled once per silo, not once per loop. Grain calls that fail (a silo died and its grains are
/// moving) are retried. Redirects are not followed inline: the target is queued on its own host's
/// grain (which applies that host's robots.txt and spacing, and skips a URL already seen this pass),
/// and a host new to the pass is registered with the coordinator and given loops via <c>hostFound</c>.
/// </summary>
public sealed class HostCrawlLoop(IGrainFactory grains, PageFetcher fetcher, PageWorker pages, ILogger<HostCrawlLoop> log)
{
    private const int MaxRetries = 240;

    public async Task RunAsync(string pass, string host, string silo, SemaphoreSlim asking, CrawlSummary summary,
        Action<string> hostFound, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IHostFrontierGrain>(host);
        while (true)
        {
            var grant = await NextAsync(grain, pass, host, silo, asking, cancellationToken);
            switch (grant.Kind)
            {
                case GrantKind.Finished:
                    return;
                case GrantKind.Robots:
                    var robots = await fetcher.FetchAsync(new Uri(grant.Url!), null, null, cancellationToken);
                    var outcome = RobotsOutcome.From(robots);
                    if (outcome.Unavailable) log.RobotsUnavailable(host, robots.Error ?? robots.Status.ToString());
                    await RetryAsync(host, () => grain.CompleteRobotsAsync(outcome), cancellationToken);
                    break;
                case GrantKind.Page:
                    var url = grant.Url!;
                    var validators = grant.ETag is not null || grant.LastModified is not null ? new Validators(grant.ETag, grant.LastModified) : null;
                    var result = await fetcher.FetchAsync(new Uri(url), validators, null, handOffRedirects: true, cancellationToken);
                    await RetryAsync(host, () => grain.FetchedAsync(url), cancellationToken);
                    var page = result.Status == FetchStatus.Redirected
                        ? await HandOffAsync(pass, host, grant, result.FinalUrl, hostFound, cancellationToken)
                        : await pages.FinishAsync(grant, result, summary, cancellationToken);
                    await RetryAsync(host, () => grain.CompleteAsync(url, page), cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Queues a redirect target on its host's grain (registering a host new to the pass) before the redirecting URL is marked done.</summary>
    private async Task<PageOutcome> HandOffAsync(string pass, string host, Grant grant, Uri target, Action<string> hostFound, CancellationToken cancellationToken)
    {
        if (UrlCanonicalizer.Canonicalize(target) is not { } canonical)
        {
            log.PageFailed(target, $"redirect target of {grant.Url} cannot be crawled");
            return new PageOutcome(PageStatus.Failed);
        }
        string origin = new Uri(canonical).GetLeftPart(UriPartial.Authority);
        var coordinator = grains.GetGrain<ICrawlCoordinatorGrain>(ClusterPass.CoordinatorKey);
        if (!string.Equals(origin, host, StringComparison.OrdinalIgnoreCase))
            await RetryAsync(host, () => coordinator.AddHostAsync(pass, origin), cancellationToken);
        await RetryAsync(host, () => grains.GetGrain<IHostFrontierGrain>(origin).AddAsync(pass, [new FrontierLink(canonical, grant.Source!)]), cancellationToken);
        hostFound(origin);
        log.RedirectHandedOff(grant.Url!, canonical);
        return new PageOutcome(PageStatus.Redirected);
    }

    /// <summary>Asks until the grain grants something other than a wait, one loop of this silo at a time.</summary>
    private async Task<Grant> NextAsync(IHostFrontierGrain grain, string pass, string host, string silo, SemaphoreSlim asking, CancellationToken cancellationToken)
    {
        await asking.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var grant = await RetryAsync(host, () => grain.LeaseAsync(pass, silo), cancellationToken);
                if (grant.Kind != GrantKind.Wait) return grant;
                await Task.Delay(Math.Clamp(grant.WaitMilliseconds, 1, 1000), cancellationToken);
            }
        }
        finally { asking.Release(); }
    }

    private async Task<T> RetryAsync<T>(string host, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try { return await call(); }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < MaxRetries)
            {
                log.GrainCallRetried(host, $"{ex.GetType().Name}: {ex.Message}");
                await Task.Delay(Math.Min(1000, 100 * attempt), cancellationToken);
            }
        }
    }

    private Task RetryAsync(string host, Func<Task> call, CancellationToken cancellationToken) =>
        RetryAsync(host, async () => { await call(); return true; }, cancellationToken);
}
