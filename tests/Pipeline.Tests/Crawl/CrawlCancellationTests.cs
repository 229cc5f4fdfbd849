using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Crawl;
using Pipeline.Worker.Hosting;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

/// <summary>Stopping a pass (SIGTERM, Ctrl-C, host shutdown) is prompt, and the next pass completes the rest.</summary>
[TestFixture, NonParallelizable]
public class CrawlCancellationTests
{
    [Test]
    public async Task A_stopped_pass_ends_promptly_and_the_next_one_writes_only_what_is_missing()
    {
        await using var site = await TestSite.StartAsync();
        var links = Enumerable.Range(1, 12).Select(n => $"{site.A}/c/{n}.html").ToList();
        site.Map(site.A, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        foreach (int n in Enumerable.Range(1, 12)) site.Map(site.A, $"/c/{n}.html", Page(Html(Story(500 + n)), delayMs: 60));
        using var run = new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{site.A}/list.txt")), c =>
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = 10 });

        using (var host = CrawlHost.CreateBuilder(run.ConfigPath, null).Build())
        using (var stop = new CancellationTokenSource())
        {
            var pass = host.Services.GetRequiredService<ICrawlPass>().RunAsync(stop.Token);
            while (site.Hits.Count(h => h.Path.StartsWith("/c/")) < 4) await Task.Delay(5);
            var watch = Stopwatch.StartNew();
            stop.Cancel();
            Assert.That(async () => await pass, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "stopping does not wait for the rest of the pass");
        }
        int afterStop = run.Articles().Count;
        Assert.That(afterStop, Is.InRange(3, 11));

        var summary = await run.PassAsync();

        Assert.That(run.Articles().Select(a => a.Url).Order(), Is.EqualTo(links.Order()));
        Assert.That(summary.NewArticles, Is.EqualTo(12 - afterStop));
    }
}
