using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Pipeline.Cluster.Grains;
using Pipeline.Cluster.Output;
using Pipeline.Crawl;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.State;
using Pipeline.Processing;
using Pipeline.Read;

namespace Pipeline.Cluster.Silo;

/// <summary>
/// A leased page on this silo: the fetch result through the same <see cref="ArticleProcessor"/> as the
/// batch extract and the single-machine crawl, into this silo's partition. Mirrors
/// <see cref="ArticleHandler"/>, with the host grain instead of the SQLite state.
/// </summary>
public sealed class PageWorker(ArticleProcessor processor, PartitionCommitter committer, ILogger<PageWorker> log)
{
    /// <summary>Handles a fetch result; returns what the host grain records for the URL.</summary>
    public async Task<PageOutcome> FinishAsync(Grant grant, FetchResult result, CrawlSummary summary, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                summary.CountNotModified();
                log.PageNotModified(result.FinalUrl);
                return new PageOutcome(PageStatus.NotModified);
            case FetchStatus.RobotsDisallowed:
                summary.CountRobots();
                log.RobotsDisallowed(result.FinalUrl);
                return new PageOutcome(PageStatus.Robots);
            case FetchStatus.Refused:
                summary.CountRefused();
                log.AddressRefused(result.FinalUrl, result.Error!);
                return new PageOutcome(PageStatus.Refused);
            case FetchStatus.SkippedContentType:
                summary.CountSkippedType();
                log.ContentTypeSkipped(result.FinalUrl, result.Error!);
                return new PageOutcome(PageStatus.Skipped);
            case FetchStatus.Failed or FetchStatus.TooLarge:
                summary.CountFailed();
                log.PageFailed(result.FinalUrl, result.Error!);
                return new PageOutcome(result.Status == FetchStatus.TooLarge ? PageStatus.TooLarge : PageStatus.Failed);
        }
        summary.CountFetched();
        log.PageFetched(result.FinalUrl, result.Body!.Length);
        string hash = Convert.ToHexStringLower(SHA256.HashData(result.Body));
        if (grant.ContentHash == hash)
        {
            summary.CountUnchanged();
            return new PageOutcome(PageStatus.Unchanged, result.ETag, result.LastModified, hash);
        }
        string status = await ProcessAsync(result, summary, cancellationToken);
        return new PageOutcome(status, result.ETag, result.LastModified, hash);
    }

    private async Task<string> ProcessAsync(FetchResult result, CrawlSummary summary, CancellationToken cancellationToken)
    {
        ArticleResult article;
        try
        {
            article = processor.Process(new RawInput(null, result.FinalUrl.ToString(), result.Body!, result.ContentType), cancellationToken);
        }
        catch (ArticleRejectedException ex)
        {
            return await RejectAsync(result.FinalUrl, ex.Stage, ex.Reason, summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One page's surprise is that page's reject, not the pass's end (as in the single-machine crawl).
            return await RejectAsync(result.FinalUrl, "process", $"{ex.GetType().Name}: {ex.Message}", summary);
        }
        var (written, duplicate) = await committer.CommitAsync(article);
        if (!written)
        {
            summary.CountDuplicate();
            log.DuplicateSkipped(result.FinalUrl, duplicate!.ArticleId, duplicate.How);
            return PageStatus.Duplicate;
        }
        summary.CountArticle(article.Claims.Select(c => c.Type));
        log.ArticleWritten(article.Article.Id, result.FinalUrl, article.Claims.Count);
        return PageStatus.Written;
    }

    private async Task<string> RejectAsync(Uri url, string stage, string reason, CrawlSummary summary)
    {
        summary.CountRejected();
        log.ArticleRejected(url, stage, reason);
        await committer.RejectAsync(url, stage, reason);
        return PageStatus.Rejected;
    }
}
