using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pipeline.Tests.Crawl;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and 127.0.0.2 — two hosts as far as the crawler is
/// concerned — serving the routes a test maps, and recording every request as the server saw it:
/// arrival and completion times, conditional headers, and the most requests in flight per host.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    public sealed record Hit(string Host, string Path, DateTimeOffset Start, DateTimeOffset End, string? IfNoneMatch, string? IfModifiedSince, int Status, bool Aborted);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> _routes = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly ConcurrentQueue<Hit> _hits = new();

    private TestSite(WebApplication app)
    {
        _app = app;
        app.Run(HandleAsync);
    }

    /// <summary>Base URL of the first host, e.g. http://127.0.0.1:41234.</summary>
    public string A { get; private set; } = "";

    /// <summary>Base URL of the second host, e.g. http://127.0.0.2:41235.</summary>
    public string B { get; private set; } = "";

    public IReadOnlyList<Hit> Hits => _hits.ToList();

    public static async Task<TestSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Parse("127.0.0.1"), 0);
            k.Listen(IPAddress.Parse("127.0.0.2"), 0);
        });
        var site = new TestSite(builder.Build());
        await site._app.StartAsync();
        var urls = site._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        site.A = urls.Single(u => u.Contains("127.0.0.1")).TrimEnd('/');
        site.B = urls.Single(u => u.Contains("127.0.0.2")).TrimEnd('/');
        return site;
    }

    /// <summary>Maps a handler for a path on one host (base URL A or B); the int is the 1-based request count of that URL.</summary>
    public void Map(string origin, string path, Func<HttpContext, int, Task> handler) => _routes[Key(origin, path)] = handler;

    /// <summary>Requests the server received for a path on a host.</summary>
    public int Count(string origin, string path) => _counts.GetValueOrDefault(Key(origin, path));

    /// <summary>
    /// The most requests to one host that overlapped in time, as the server saw them. Requests the
    /// client abandoned (timeouts) are left out: the server learns of the abandon only a moment after
    /// the client has freed its slot, so their tails would count a request that is no longer in flight.
    /// </summary>
    public static int MaxInFlight(IEnumerable<Hit> hits, string origin)
    {
        string host = new Uri(origin).Authority;
        var mine = hits.Where(h => h.Host == host && !h.Aborted).ToList();
        return mine.Count == 0 ? 0 : mine.Max(h => mine.Count(o => o.Start <= h.Start && o.End > h.Start));
    }

    public void ClearHits() => _hits.Clear();

    private async Task HandleAsync(HttpContext ctx)
    {
        string host = ctx.Request.Host.Value!;
        string key = host + ctx.Request.Path + ctx.Request.QueryString;
        int n = _counts.AddOrUpdate(key, 1, (_, c) => c + 1);
        var start = DateTimeOffset.UtcNow;
        try
        {
            if (_routes.TryGetValue(key, out var handler)) await handler(ctx, n);
            else ctx.Response.StatusCode = 404;
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The crawler gave up on a slow response: that is the behaviour under test.
        }
        finally
        {
            _hits.Enqueue(new Hit(host, ctx.Request.Path + ctx.Request.QueryString, start, DateTimeOffset.UtcNow,
                ctx.Request.Headers.IfNoneMatch.FirstOrDefault(), ctx.Request.Headers.IfModifiedSince.FirstOrDefault(), ctx.Response.StatusCode, ctx.RequestAborted.IsCancellationRequested));
        }
    }

    private static string Key(string origin, string path) => new Uri(origin).Authority + path;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
