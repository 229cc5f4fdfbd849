using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Output;
using Pipeline.Crawl.Robots;
using Pipeline.Crawl.Sources;
using Pipeline.Crawl.State;
using Pipeline.Processing;
using Pipeline.Read;

namespace Pipeline.Crawl;

/// <summary>
/// One article URL through the whole chain: conditional fetch → unchanged bytes skipped → the same
/// <see cref="ArticleProcessor"/> as the batch extract → duplicate check and write → state update.
/// The state row is written last, so a kill anywhere before it means "fetch again next time", and
/// the committer's duplicate check makes fetching again harmless.
/// </summary>
public sealed class ArticleHandler(PageFetcher fetcher, RobotsCache robots, ArticleProcessor processor, ArticleCommitter committer,
    ICrawlStateStore state, TimeProvider time, ILogger<ArticleHandler> log)
{
    public async Task HandleAsync(ArticleLink link, CrawlSummary summary, CancellationToken cancellationToken)
    {
        var page = state.GetPage(link.CanonicalUrl);
        var validators = PageStatus.IsHeld(page?.Status) ? new Validators(page!.ETag, page.LastModified) : null;
        var result = await fetcher.FetchAsync(link.Url, validators, robots, cancellationToken);
        var now = time.GetUtcNow();
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                summary.CountNotModified();
                log.PageNotModified(link.Url);
                state.RecordFetch(link.CanonicalUrl, PageStatus.NotModified, now);
                return;
            case FetchStatus.RobotsDisallowed:
                summary.CountRobots();
                log.RobotsDisallowed(result.FinalUrl);
                state.RecordFailure(link.CanonicalUrl, PageStatus.Robots, result.Error!, now);
                return;
            case FetchStatus.Refused:
                summary.CountRefused();
                log.AddressRefused(result.FinalUrl, result.Error!);
                state.RecordFailure(link.CanonicalUrl, PageStatus.Refused, result.Error!, now);
                return;
            case FetchStatus.SkippedContentType:
                summary.CountSkippedType();
                log.ContentTypeSkipped(result.FinalUrl, result.Error!);
                state.RecordFailure(link.CanonicalUrl, PageStatus.Skipped, result.Error!, now);
                return;
            case FetchStatus.Failed or FetchStatus.TooLarge:
                summary.CountFailed();
                log.PageFailed(link.Url, result.Error!);
                state.RecordFailure(link.CanonicalUrl, result.Status == FetchStatus.TooLarge ? PageStatus.TooLarge : PageStatus.Failed, result.Error!, now);
                return;
        }
        summary.CountFetched();
        log.PageFetched(result.FinalUrl, result.Body!.Length);
        string hash = Convert.ToHexStringLower(SHA256.HashData(result.Body));
        if (page?.ContentHash == hash)
        {
            summary.CountUnchanged();
            state.RecordFetch(link.CanonicalUrl, PageStatus.Unchanged, now, result.ETag, result.LastModified, hash);
            return;
        }
        await ProcessAsync(link, result, hash, summary, cancellationToken);
    }

    private async Task ProcessAsync(ArticleLink link, FetchResult result, string hash, CrawlSummary summary, CancellationToken cancellationToken)
    {
        ArticleResult article;
        try
        {
            article = processor.Process(new RawInput(null, result.FinalUrl.ToString(), result.Body!, result.ContentType), cancellationToken);
        }
        catch (ArticleRejectedException ex)
        {
            await RejectAsync(link, result, hash, ex.Stage, ex.Reason, summary);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One page's surprise (a stage bug, an undecodable byte) is that page's reject, not the pass's end.
            await RejectAsync(link, result, hash, "process", $"{ex.GetType().Name}: {ex.Message}", summary);
            return;
        }
        if (article.Document.Meta.ReplacedBytes > 0) log.PageRepaired(result.FinalUrl, article.Document.Meta.ReplacedBytes);
        var outcome = await committer.CommitAsync(article);
        if (outcome.Duplicate is { } dup)
        {
            summary.CountDuplicate();
            log.DuplicateSkipped(result.FinalUrl, dup.ArticleId, dup.How);
        }
        else
        {
            summary.CountArticle(article.Claims.Select(c => c.Type));
            log.ArticleWritten(outcome.ArticleId, result.FinalUrl, article.Claims.Count);
        }
        state.RecordFetch(link.CanonicalUrl, outcome.Written ? PageStatus.Written : PageStatus.Duplicate, time.GetUtcNow(), result.ETag, result.LastModified, hash, outcome.Duplicate?.ArticleId ?? outcome.ArticleId);
    }

    private async Task RejectAsync(ArticleLink link, FetchResult result, string hash, string stage, string reason, CrawlSummary summary)
    {
        summary.CountRejected();
        log.ArticleRejected(result.FinalUrl, stage, reason);
        await committer.RejectAsync(result.FinalUrl, stage, reason);
        state.RecordFetch(link.CanonicalUrl, PageStatus.Rejected, time.GetUtcNow(), result.ETag, result.LastModified, hash);
    }
}
