using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Cluster.Output;
using Pipeline.Crawl;
using Pipeline.Output;
using Pipeline.Tests.Crawl;
using Pipeline.Worker.Hosting;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// Redirects in the cluster: a page on host A that redirects to a path A's robots.txt disallows, or
/// to host B (not in any source), must obey the target's robots.txt and B's Crawl-delay, as the
/// single-machine crawler does; the cluster queues the target on its host's grain instead of
/// fetching it inline.
/// </summary>
[TestFixture, NonParallelizable]
public class ClusterRedirectTests
{
    private const int DelayB = 300;

    [Test]
    public async Task Redirect_targets_obey_their_own_hosts_robots_txt_and_crawl_delay()
    {
        await using var db = await ClusterDb.CreateAsync();
        await using var site = await TestSite.StartAsync();
        string folder = Path.Combine(Path.GetTempPath(), "cluster-redirect-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            string a = site.A, b = site.B;
            site.Map(a, "/robots.txt", Serve("User-agent: *\nDisallow: /private/\n", "text/plain"));
            site.Map(b, "/robots.txt", Serve($"User-agent: *\nDisallow: /private/\nCrawl-delay: {DelayB / 1000.0:0.###}\n", "text/plain"));
            site.Map(a, "/n/1.html", Page(Html(Story(1))));
            site.Map(a, "/private/1.html", Page(Html(Story(2))));
            site.Map(b, "/n/2.html", Page(Html(Story(3))));
            site.Map(b, "/private/3.html", Page(Html(Story(4))));
            site.Map(a, "/r/1", Redirect($"{a}/private/1.html", 301)); // same host, disallowed
            site.Map(a, "/r/2", Redirect($"{b}/n/2.html"));            // another host, allowed
            site.Map(a, "/r/3", Redirect($"{b}/private/3.html"));      // another host, disallowed
            site.Map(a, "/list.txt", Serve(string.Join('\n', $"{a}/n/1.html", $"{a}/r/1", $"{a}/r/2", $"{a}/r/3"), "text/plain"));
            string config = WriteConfig(folder, $"{a}/list.txt");

            string single = Path.Combine(folder, "single"), cluster = Path.Combine(folder, "cluster");
            using (var host = CrawlHost.CreateBuilder(config, single).Build())
                await host.Services.GetRequiredService<ICrawlPass>().RunAsync(CancellationToken.None);
            site.ClearHits();

            using (var silo = SiloProcess.Start("s1", config, cluster, "p1", db.ConnectionString))
            {
                await silo.WaitAsync(TimeSpan.FromSeconds(120));
                Assert.That(silo.ExitCode, Is.Zero, silo.Tail());
            }
            PartitionMerge.Merge(cluster, NullLogger.Instance);

            var hits = site.Hits;
            Assert.That(hits.Where(h => h.Path.StartsWith("/private/")).Select(h => h.Host + h.Path), Is.Empty, "robots.txt of the redirect target obeyed");
            Assert.That(hits.Count(h => h.Path == "/n/2.html"), Is.EqualTo(1), "the cross-host target fetched once");
            var onB = hits.Where(h => h.Host == new Uri(b).Authority).OrderBy(h => h.Start).ToList();
            Assert.That(onB.Select(h => h.Path), Is.EqualTo(new[] { "/robots.txt", "/n/2.html" }), "B's robots.txt is read before its page");
            Assert.That((onB[1].Start - onB[0].End).TotalMilliseconds, Is.GreaterThanOrEqualTo(DelayB - 1), "B's Crawl-delay held");
            Assert.That(Urls(cluster), Is.EquivalentTo(Urls(single)), "same articles as a single machine");
            Assert.That(Urls(cluster), Is.EquivalentTo(new[] { $"{a}/n/1.html", $"{b}/n/2.html" }));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* temp is cleaned anyway */ }
        }
    }

    private static List<string> Urls(string root) =>
        Directory.GetDirectories(root).Select(d => Path.Combine(d, "articles.jsonl")).Where(File.Exists)
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Select(l => Json.Parse<ArticleRecord>(l).Url!).ToList();

    private static string WriteConfig(string folder, string list)
    {
        var crawl = new JsonObject
        {
            ["UserAgent"] = "TestBot/1.0",
            ["Sources"] = new JsonArray(CrawlRun.Source("UrlList", list)),
            ["AllowedPrivateHosts"] = new JsonArray("127.0.0.0/8"),
            ["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = 20 },
            ["Http"] = new JsonObject { ["AttemptTimeoutMilliseconds"] = 3000, ["TotalTimeoutMilliseconds"] = 8000, ["MaxRetries"] = 1, ["RetryBaseDelayMilliseconds"] = 50 },
            ["Output"] = new JsonObject { ["Folder"] = Path.Combine(folder, "out") },
        };
        string path = Path.Combine(folder, "crawl.json");
        File.WriteAllText(path, new JsonObject { ["Crawl"] = crawl }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
