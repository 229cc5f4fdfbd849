namespace Pipeline.Crawl.Http;

/// <summary>How one page fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>200 with an accepted content type: <see cref="FetchResult.Body"/> holds the bytes.</summary>
    Ok,
    /// <summary>304: the stored copy is current.</summary>
    NotModified,
    /// <summary>HTTP error, network error, timeout, too many redirects or an open circuit, after retries.</summary>
    Failed,
    /// <summary>Larger than Crawl:Http:MaxResponseBytes.</summary>
    TooLarge,
    /// <summary>robots.txt disallows the URL (or a redirect target) for our user agent.</summary>
    RobotsDisallowed,
    /// <summary>The host is (or resolves to) a refused address, or the scheme is not http(s).</summary>
    Refused,
    /// <summary>The content type is not HTML, XML or text.</summary>
    SkippedContentType,
    /// <summary>A redirect not followed (only when asked): <see cref="FetchResult.FinalUrl"/> is its target.</summary>
    Redirected,
}

/// <summary>The outcome of <see cref="PageFetcher.FetchAsync"/>.</summary>
public sealed record FetchResult(FetchStatus Status, Uri FinalUrl, string? Error = null)
{
    public int HttpStatus { get; init; }
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
}

/// <summary>Validators from the last fetch, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool Any => ETag is not null || LastModified is not null;
}
