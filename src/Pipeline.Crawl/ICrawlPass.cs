namespace Pipeline.Crawl;

/// <summary>One crawl pass over every configured source; the worker calls it on its schedule.</summary>
public interface ICrawlPass
{
    /// <summary>Runs a pass; throws OperationCanceledException when stopped (the article in hand is finished first).</summary>
    Task<CrawlSummary> RunAsync(CancellationToken cancellationToken);
}
