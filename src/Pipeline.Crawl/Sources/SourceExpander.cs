using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Urls;

namespace Pipeline.Crawl.Sources;

/// <summary>An article link and the source it came from.</summary>
public sealed record ArticleLink(string CanonicalUrl, Uri Url, string Source);

/// <summary>
/// Turns the configured sources into the pass's article links: fetches each feed, sitemap (following
/// a sitemap index two levels deep) or URL list, caps each source at its limit, and keeps the first
/// occurrence of each canonical URL. A source that cannot be read is logged and counted, never fatal.
/// Each feed, sitemap or list is fetched through an <see cref="ISourceFetcher"/>.
/// </summary>
public sealed class SourceExpander(ISourceFetcher fetcher, IOptions<CrawlOptions> options, ILogger<SourceExpander> log)
{
    private const int MaxSitemapDepth = 2;

    public async Task<List<ArticleLink>> ExpandAsync(CrawlSummary summary, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<ArticleLink>();
        foreach (var source in o.Sources)
        {
            int limit = source.MaxArticles ?? o.MaxArticlesPerSource;
            var found = new List<Uri>();
            bool ok = await ReadAsync(source, new Uri(source.Url), 0, found, limit, cancellationToken);
            summary.Source(ok);
            int taken = 0;
            foreach (var url in found)
            {
                if (taken >= limit) break;
                if (UrlCanonicalizer.Canonicalize(url) is not { } canonical || !seen.Add(canonical)) continue;
                links.Add(new ArticleLink(canonical, new Uri(canonical), source.DisplayName));
                taken++;
            }
            log.SourceRead(source.DisplayName, taken);
        }
        summary.AddLinks(links.Count);
        return links;
    }

    private async Task<bool> ReadAsync(SourceOptions source, Uri url, int depth, List<Uri> found, int limit, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(url, cancellationToken);
        if (result.Status != FetchStatus.Ok)
        {
            log.SourceFailed(source.DisplayName, url, result.Error ?? result.Status.ToString());
            return false;
        }
        SourceLinks parsed;
        try
        {
            parsed = source.Kind == SourceKind.UrlList
                ? SourceParser.ParseList(result.Body!, result.FinalUrl)
                : SourceParser.ParseXml(result.Body!, result.FinalUrl);
        }
        catch (XmlException ex)
        {
            log.SourceFailed(source.DisplayName, url, $"not a feed or sitemap: {ex.Message}");
            return false;
        }
        found.AddRange(parsed.Articles);
        bool ok = true;
        foreach (var child in parsed.Sitemaps)
        {
            if (found.Count >= limit || depth >= MaxSitemapDepth) break;
            ok &= await ReadAsync(source, child, depth + 1, found, limit, cancellationToken);
        }
        return ok;
    }
}
