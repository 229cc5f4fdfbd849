using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;
using Polly;

namespace Pipeline.Crawl.Http;

/// <summary>
/// Registers the crawler's named HttpClient. Handler order, outermost first:
/// resilience (total timeout → retry with jittered exponential backoff honouring Retry-After →
/// circuit breaker, one pipeline per host) → politeness gate + per-attempt timeout → body limit →
/// SocketsHttpHandler (no automatic redirects, automatic decompression, connect callback that
/// refuses private addresses after DNS resolution).
/// </summary>
public static class CrawlHttp
{
    public const string ClientName = "crawl";

    public static void Add(IServiceCollection services)
    {
        services.AddTransient<PolitenessHandler>();
        services.AddTransient<BodyLimitHandler>();
        var client = services.AddHttpClient(ClientName, (sp, http) =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns every timeout
                http.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<CrawlOptions>>().Value.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // PageFetcher follows redirects itself, re-checking each hop
                AutomaticDecompression = DecompressionMethods.All,
                ConnectCallback = sp.GetRequiredService<AddressGuard>().ConnectAsync,
                UseCookies = false,
                UseProxy = false, // a proxy would hide the resolved address from the guard
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        client.AddResilienceHandler("crawl", (pipeline, context) =>
            {
                var http = context.ServiceProvider.GetRequiredService<IOptions<CrawlOptions>>().Value.Http;
                pipeline
                    .AddTimeout(TimeSpan.FromMilliseconds(http.TotalTimeoutMilliseconds))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(http.MaxRetries, 1),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(http.RetryBaseDelayMilliseconds),
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(
                            http.MaxRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome) && !IsRefusal(args.Outcome.Exception)),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = http.BreakerFailureRatio,
                        MinimumThroughput = http.BreakerMinimumThroughput,
                        SamplingDuration = TimeSpan.FromSeconds(60),
                        BreakDuration = TimeSpan.FromMilliseconds(http.BreakerBreakMilliseconds),
                        ShouldHandle = args => ValueTask.FromResult(
                            HttpClientResiliencePredicates.IsTransient(args.Outcome) && !IsRefusal(args.Outcome.Exception)),
                    });
            })
            .SelectPipelineByAuthority();
        client.AddHttpMessageHandler<PolitenessHandler>();
        client.AddHttpMessageHandler<BodyLimitHandler>();
    }

    /// <summary>A refused address or an oversized body will not change on retry.</summary>
    private static bool IsRefusal(Exception? ex) =>
        ex is ResponseTooLargeException || ex?.InnerException is AddressRefusedException || ex is AddressRefusedException;
}
