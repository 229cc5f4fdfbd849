using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;

namespace Pipeline.Crawl.Robots;

/// <summary>
/// Fetches each host's robots.txt once per pass (through the same polite client) and answers
/// "may this URL be fetched?". Following RFC 9309: 4xx means no rules; 5xx or unreachable means
/// the whole host is disallowed for this pass. A Crawl-delay is handed to the <see cref="HostGate"/>.
/// </summary>
public sealed class RobotsCache(PageFetcher fetcher, HostGate gate, IOptions<CrawlOptions> options, ILogger<RobotsCache> log)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forgets every host's rules; called at the start of each pass.</summary>
    public void Clear() => _hosts.Clear();

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!options.Value.Politeness.RespectRobotsTxt) return true;
        string key = url.GetLeftPart(UriPartial.Authority);
        var rules = await _hosts.GetOrAdd(key, k => new Lazy<Task<RobotsRules>>(() => LoadAsync(new Uri(k), cancellationToken))).Value;
        return rules.IsAllowed(url.PathAndQuery);
    }

    private async Task<RobotsRules> LoadAsync(Uri origin, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new Uri(origin, "/robots.txt"), null, null, cancellationToken);
        RobotsRules rules;
        if (result.Status == FetchStatus.Ok)
            rules = RobotsRules.Parse(Encoding.UTF8.GetString(result.Body!), options.Value.UserAgent);
        else if (result.Status == FetchStatus.Failed && result.HttpStatus is >= 400 and < 500)
            rules = RobotsRules.AllowAll;
        else if (result.Status == FetchStatus.Refused)
            rules = RobotsRules.AllowAll; // the page itself will be refused too, and counted as refused
        else
        {
            log.RobotsUnavailable(origin.Authority, result.Error ?? result.Status.ToString());
            rules = RobotsRules.DisallowAll;
        }
        if (rules.CrawlDelay is { } delay) gate.SetCrawlDelay(origin.Authority, delay);
        return rules;
    }
}
