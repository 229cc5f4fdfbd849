using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Cluster.Grains;
using Pipeline.Crawl;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Sources;

namespace Pipeline.Cluster.Silo;

/// <summary>
/// Reads a feed, sitemap or URL list of one pass through the owning host grain: each request (each
/// redirect hop too) waits for the host's slot like any page, robots.txt is settled by that grain
/// first, and a disallowed URL is not fetched. So the host's cluster-wide concurrency and spacing hold
/// for source reads as well. Made by the coordinator for each pass.
/// </summary>
public sealed class GrainSourceFetcher(IGrainFactory grains, PageFetcher fetcher, string pass, string silo,
    IOptions<CrawlOptions> options, ILogger log) : ISourceFetcher
{
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                return new FetchResult(FetchStatus.Refused, current, $"scheme '{current.Scheme}' is not http or https");
            string host = current.GetLeftPart(UriPartial.Authority);
            var grain = grains.GetGrain<IHostFrontierGrain>(host);
            if (!await WaitTurnAsync(grain, host, current, cancellationToken))
                return new FetchResult(FetchStatus.RobotsDisallowed, current, "disallowed by robots.txt");
            FetchResult result;
            try { result = await fetcher.FetchAsync(current, null, null, handOffRedirects: true, cancellationToken); }
            finally { await grain.FetchedAsync(current.ToString()); }
            if (result.Status != FetchStatus.Redirected) return result;
            if (hop >= options.Value.Http.MaxRedirects)
                return new FetchResult(FetchStatus.Failed, current, $"more than {options.Value.Http.MaxRedirects} redirects (a loop?)");
            current = result.FinalUrl;
        }
    }

    /// <summary>Waits for the host grain's slot (settling robots.txt on the way); false when robots.txt disallows the URL.</summary>
    private async Task<bool> WaitTurnAsync(IHostFrontierGrain grain, string host, Uri url, CancellationToken cancellationToken)
    {
        while (true)
        {
            var grant = await grain.LeaseSourceAsync(pass, silo, url.ToString());
            switch (grant.Kind)
            {
                case GrantKind.Page:
                    return true;
                case GrantKind.Disallowed:
                    return false;
                case GrantKind.Robots:
                    var robots = await fetcher.FetchAsync(new Uri(grant.Url!), null, null, cancellationToken);
                    var outcome = RobotsOutcome.From(robots);
                    if (outcome.Unavailable) log.RobotsUnavailable(host, robots.Error ?? robots.Status.ToString());
                    await grain.CompleteRobotsAsync(outcome);
                    break;
                default:
                    await Task.Delay(Math.Clamp(grant.WaitMilliseconds, 1, 1000), cancellationToken);
                    break;
            }
        }
    }
}
