using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Output;
using Pipeline.Crawl.Robots;
using Pipeline.Crawl.Sources;
using Pipeline.Crawl.State;

namespace Pipeline.Crawl;

/// <summary>
/// Orchestrates a pass: repair and reconcile the output, read the sources, then handle the article
/// links concurrently (Crawl:GlobalConcurrency tasks; the host gate keeps each host polite).
/// </summary>
public sealed class CrawlPass(SourceExpander sources, ArticleHandler articles, ArticleCommitter committer, RobotsCache robots,
    ICrawlStateStore state, IOptions<CrawlOptions> options, TimeProvider time, ILogger<CrawlPass> log) : ICrawlPass
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<CrawlSummary> RunAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var o = options.Value;
            var summary = new CrawlSummary { Started = time.GetUtcNow() };
            log.PassStarted(o.Sources.Count, state.Location, o.Output.Folder);
            committer.Prepare();
            robots.Clear();
            try
            {
                var links = await sources.ExpandAsync(summary, cancellationToken);
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = o.GlobalConcurrency, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(links, parallel, (link, ct) => new ValueTask(articles.HandleAsync(link, summary, ct)));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                log.PassCancelled();
                throw;
            }
            summary.Duration = time.GetUtcNow() - summary.Started;
            log.PassFinished(summary.Duration, summary.Links, summary.Fetched, summary.NotModified, summary.Failed,
                summary.RobotsSkipped, summary.Refused, summary.NewArticles, summary.Duplicates, summary.Claims);
            return summary;
        }
        finally { _oneAtATime.Release(); }
    }
}
