using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;
using Polly.Timeout;

namespace Pipeline.Crawl.Http;

/// <summary>
/// Sits inside the resilience handler (so it runs once per attempt): waits for the host's turn at the
/// <see cref="HostGate"/>, then applies the per-attempt timeout. The timeout is ours rather than
/// Polly's attempt-timeout strategy because it must start when the host's turn comes — waiting behind
/// a 10 s Crawl-delay is politeness, not a slow server. It throws Polly's TimeoutRejectedException so
/// the retry strategy treats it as transient.
/// </summary>
public sealed class PolitenessHandler(HostGate gate, IOptions<CrawlOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(request.RequestUri!, cancellationToken);
        var timeout = TimeSpan.FromMilliseconds(options.Value.Http.AttemptTimeoutMilliseconds);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            // The inner BodyLimitHandler reads the whole body, so the lease covers the transfer too.
            return await base.SendAsync(request, attempt.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException($"no complete response from {request.RequestUri!.Authority} within {timeout.TotalMilliseconds:0} ms", timeout, ex);
        }
    }
}
