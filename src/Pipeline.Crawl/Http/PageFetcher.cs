using System.Net;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Robots;
using Polly;

namespace Pipeline.Crawl.Http;

/// <summary>
/// Fetches one URL through the crawler's HttpClient: conditional GET, redirects followed here (each
/// hop re-checked for scheme, refused addresses and robots.txt, up to Crawl:Http:MaxRedirects), and
/// content types other than HTML/XML/text skipped. Failures come back as a status, never thrown;
/// only cancellation of the pass is thrown.
/// </summary>
public sealed class PageFetcher(IHttpClientFactory clients, AddressGuard guard, IOptions<CrawlOptions> options)
{
    public Task<FetchResult> FetchAsync(Uri url, Validators? validators, RobotsCache? robots, CancellationToken cancellationToken) =>
        FetchAsync(url, validators, robots, handOffRedirects: false, cancellationToken);

    /// <summary>
    /// With <paramref name="handOffRedirects"/>, a redirect is not followed: once its target passes the
    /// scheme and address checks it comes back as <see cref="FetchStatus.Redirected"/> with the target in
    /// <see cref="FetchResult.FinalUrl"/>, for a caller that schedules it itself (the cluster hands it to
    /// the target host's grain, which applies that host's robots.txt and spacing).
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, Validators? validators, RobotsCache? robots, bool handOffRedirects, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(CrawlHttp.ClientName);
        int maxRedirects = options.Value.Http.MaxRedirects;
        var current = url;
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                return new FetchResult(FetchStatus.Refused, current, $"scheme '{current.Scheme}' is not http or https");
            if (guard.CheckLiteral(current) is { } refusal) return new FetchResult(FetchStatus.Refused, current, refusal);
            if (hop > 0 && handOffRedirects) return new FetchResult(FetchStatus.Redirected, current, $"redirected from {url}");
            if (robots is not null && !await robots.IsAllowedAsync(current, cancellationToken))
                return new FetchResult(FetchStatus.RobotsDisallowed, current, "disallowed by robots.txt");

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (validators is not null) // the validators belong to the final resource, so every hop carries them
            {
                if (validators.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
                if (validators.LastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
            }
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Classify(ex) is { } status)
            {
                return new FetchResult(status, current, Describe(ex));
            }
            using (response)
            {
                int code = (int)response.StatusCode;
                if (code is >= 300 and < 400 && code != 304 && response.Headers.Location is { } location)
                {
                    if (hop >= maxRedirects)
                        return new FetchResult(FetchStatus.Failed, current, $"more than {maxRedirects} redirects (a loop?)") { HttpStatus = code };
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchResult(FetchStatus.NotModified, current) { HttpStatus = code };
                if (!response.IsSuccessStatusCode)
                    return new FetchResult(FetchStatus.Failed, current, $"HTTP {code} {response.ReasonPhrase}") { HttpStatus = code };
                string? type = response.Content.Headers.ContentType?.ToString();
                if (!IsTextual(response.Content.Headers.ContentType?.MediaType))
                    return new FetchResult(FetchStatus.SkippedContentType, current, $"content type '{type}' is not HTML, XML or text") { HttpStatus = code, ContentType = type };
                return new FetchResult(FetchStatus.Ok, current)
                {
                    HttpStatus = code,
                    Body = await response.Content.ReadAsByteArrayAsync(cancellationToken),
                    ContentType = type,
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = response.Content.Headers.LastModified?.ToString("R"),
                };
            }
        }
    }

    /// <summary>HTML, XHTML, any XML (feeds, sitemaps) and any text; a missing type is sniffed later by the reader.</summary>
    public static bool IsTextual(string? mediaType) =>
        mediaType is null
        || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);

    private static FetchStatus? Classify(Exception ex) => ex switch
    {
        ResponseTooLargeException => FetchStatus.TooLarge,
        AddressRefusedException or { InnerException: AddressRefusedException } => FetchStatus.Refused,
        HttpRequestException or ExecutionRejectedException or IOException or OperationCanceledException => FetchStatus.Failed,
        _ => null,
    };

    private static string Describe(Exception ex) =>
        ex.InnerException is AddressRefusedException inner ? inner.Message : $"{ex.GetType().Name}: {ex.Message}";
}
