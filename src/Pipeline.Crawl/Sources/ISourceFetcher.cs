using Pipeline.Crawl.Http;
using Pipeline.Crawl.Robots;

namespace Pipeline.Crawl.Sources;

/// <summary>
/// How <see cref="SourceExpander"/> fetches a feed, sitemap or URL list. A single machine uses
/// <see cref="PoliteSourceFetcher"/>; the cluster fetches through the owning host grain, so the
/// host's cluster-wide spacing covers source reads too.
/// </summary>
public interface ISourceFetcher
{
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);
}

/// <summary>The single-machine source fetch: the polite client, robots.txt checked at every redirect hop.</summary>
public sealed class PoliteSourceFetcher(PageFetcher fetcher, RobotsCache robots) : ISourceFetcher
{
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        fetcher.FetchAsync(url, null, robots, cancellationToken);
}
