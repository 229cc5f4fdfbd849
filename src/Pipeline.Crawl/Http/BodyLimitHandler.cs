using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;

namespace Pipeline.Crawl.Http;

/// <summary>Thrown when a body (after decompression) is larger than Crawl:Http:MaxResponseBytes; never retried.</summary>
public sealed class ResponseTooLargeException(Uri url, long limit)
    : Exception($"{url} sent more than {limit} bytes; raise Crawl:Http:MaxResponseBytes if such pages are wanted")
{
}

/// <summary>
/// Innermost handler: reads the whole body into memory within the size limit, counting the bytes
/// after automatic decompression (which bounds gzip/brotli bombs too). Reading here, inside the
/// retry and timeout handlers, means a slow or reset body is retried like a failed connection.
/// </summary>
public sealed class BodyLimitHandler(IOptions<CrawlOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            long limit = options.Value.Http.MaxResponseBytes;
            if (response.Content.Headers.ContentLength > limit) throw new ResponseTooLargeException(request.RequestUri!, limit);
            var body = await ReadLimitedAsync(await response.Content.ReadAsStreamAsync(cancellationToken), limit, request.RequestUri!, cancellationToken);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            buffered.Headers.ContentLength = body.Length;
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream stream, long limit, Uri url, CancellationToken cancellationToken)
    {
        await using var _ = stream;
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > limit) throw new ResponseTooLargeException(url, limit);
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}
