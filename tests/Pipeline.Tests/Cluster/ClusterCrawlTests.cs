using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Cluster.Output;
using Pipeline.Crawl;
using Pipeline.Output;
using Pipeline.Tests.Crawl;
using Pipeline.Worker.Hosting;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// The crawler as an Orleans cluster, end to end: three silo processes on 127.0.0.1 against a real
/// PostgreSQL (membership and host-grain state) crawl the scaled local site; their partitions,
/// merged, must equal a single-machine run, with every article fetched once and every host treated
/// politely as the server measured it (source reads included), and the next pass must revalidate every page with a
/// conditional GET. One silo is then killed mid-crawl (SIGKILL) and the others
/// must finish its hosts with no article missing or repeated.
/// </summary>
[TestFixture, NonParallelizable]
public class ClusterCrawlTests
{
    private const int PagesPerHost = 60;

    [Test]
    public async Task Three_silos_fetch_every_article_once_politely_match_a_single_machine_and_revalidate_next_pass()
    {
        await using var db = await ClusterDb.CreateAsync();
        await using var site = await ClusterSite.StartAsync(PagesPerHost);
        string single = Path.Combine(site.Folder, "single"), cluster = Path.Combine(site.Folder, "cluster");
        using (var host = CrawlHost.CreateBuilder(site.ConfigPath, single).Build())
            await host.Services.GetRequiredService<ICrawlPass>().RunAsync(CancellationToken.None);
        site.ClearHits();

        var watch = Stopwatch.StartNew();
        var silos = Enumerable.Range(1, 3).Select(i => SiloProcess.Start($"s{i}", site.ConfigPath, cluster, "p1", db.ConnectionString)).ToList();
        try
        {
            foreach (var silo in silos) await silo.WaitAsync(TimeSpan.FromSeconds(150));
            TestContext.Out.WriteLine($"silos finished {watch.Elapsed.TotalSeconds:0.0} s after start; first article at {FirstArticle(site, watch):0.0} s");
            TestContext.Out.WriteLine(silos[0].Tail(3000));
            foreach (var silo in silos) Assert.That(silo.ExitCode, Is.Zero, silo.Tail());
        }
        finally { silos.ForEach(s => s.Dispose()); }
        PartitionMerge.Merge(cluster, NullLogger.Instance);

        var hits = site.Hits.Where(h => h.Path.StartsWith("/n/")).ToList();
        var fetched = hits.Where(h => h.Status == 200).GroupBy(h => "http://" + h.Host + h.Path).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(fetched.Keys, Is.EquivalentTo(site.Articles), "every article fetched");
        Assert.That(fetched.Where(f => f.Value > 1).Select(f => f.Key), Is.Empty, "no article fetched twice");
        Assert.That(site.Hits.Where(h => h.Path.StartsWith("/private/")), Is.Empty, "robots.txt obeyed");
        AssertPolite(site, site.Hits.ToList()); // pages, robots.txt and the URL lists alike
        // The coordinator reads the URL lists through the host grains, which settle robots.txt once for both.
        Assert.That(site.Hits.Count(h => h.Path == "/robots.txt"), Is.EqualTo(site.Hosts.Count), "robots.txt read once per host");

        Assert.That(Ids(cluster, "claims.jsonl", l => Json.Parse<ClaimRecord>(l).Id), Is.EquivalentTo(Ids(single, "claims.jsonl", l => Json.Parse<ClaimRecord>(l).Id)));
        Assert.That(Ids(cluster, "articles.jsonl", l => Json.Parse<ArticleRecord>(l).Id), Is.EquivalentTo(Ids(single, "articles.jsonl", l => Json.Parse<ArticleRecord>(l).Id)));
        var partitions = Directory.GetFiles(cluster, "part-*.articles.jsonl", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length > 0).ToList();
        Assert.That(partitions, Has.Count.GreaterThanOrEqualTo(2), "the work was shared between silos");

        // The next pass, by a new process: the host grains' validators (in PostgreSQL) make every fetch conditional.
        site.ClearHits();
        using (var again = SiloProcess.Start("s1", site.ConfigPath, cluster, "p2", db.ConnectionString))
        {
            await again.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.That(again.ExitCode, Is.Zero, again.Tail());
        }
        var second = site.Hits.Where(h => h.Path.StartsWith("/n/")).ToList();
        Assert.That(second.Select(h => "http://" + h.Host + h.Path), Is.EquivalentTo(site.Articles));
        Assert.That(second.Select(h => h.Status).Distinct(), Is.EqualTo(new[] { 304 }));
    }

    [Test]
    public async Task A_silo_killed_mid_crawl_leaves_no_article_missing_or_repeated_after_the_merge()
    {
        await using var db = await ClusterDb.CreateAsync();
        await using var site = await ClusterSite.StartAsync(PagesPerHost);
        string cluster = Path.Combine(site.Folder, "cluster");
        var silos = Enumerable.Range(1, 3).Select(i => SiloProcess.Start($"s{i}", site.ConfigPath, cluster, "p1", db.ConnectionString, fastFailureDetection: true)).ToList();
        try
        {
            int total = site.Articles.Count;
            var watch = Stopwatch.StartNew();
            while (Served(site) < total / 3)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(90) || silos.Any(s => s.HasExited))
                    Assert.Fail($"the crawl did not get a third of the way:\n{silos[1].Tail()}");
                await Task.Delay(10);
            }
            silos[1].Kill();
            Assert.That(Served(site), Is.LessThan(total), "killed mid-crawl");
            foreach (var silo in new[] { silos[0], silos[2] })
            {
                await silo.WaitAsync(TimeSpan.FromSeconds(150));
                Assert.That(silo.ExitCode, Is.Zero, silo.Tail());
            }
            TestContext.Out.WriteLine($"survivors finished {watch.Elapsed.TotalSeconds:0.0} s after start");
            foreach (var line in new[] { silos[0], silos[2] }.SelectMany(s => s.Log.Split('\n')).Where(l => l.Contains("dead silo") || l.Contains("retrying")).Take(20))
                TestContext.Out.WriteLine(line.Trim());
        }
        finally { silos.ForEach(s => s.Dispose()); }
        PartitionMerge.Merge(cluster, NullLogger.Instance);

        var articles = Ids(cluster, "articles.jsonl", l => Json.Parse<ArticleRecord>(l).Url!);
        Assert.That(articles, Is.Unique, "no duplicate article");
        Assert.That(articles, Is.EquivalentTo(site.Articles), "no missing article");
        var claims = Ids(cluster, "claims.jsonl", l => Json.Parse<ClaimRecord>(l).Id);
        Assert.That(claims, Is.Unique);
        AssertPolite(site, site.Hits.ToList());
    }

    /// <summary>
    /// Per host, as the server saw it (every request: pages, robots.txt and the URL list the coordinator
    /// reads): one request at a time, and the host's delay between the end of one and the start of the next.
    /// </summary>
    private static void AssertPolite(ClusterSite site, List<TestSite.Hit> hits)
    {
        for (int h = 0; h < site.Hosts.Count; h++)
        {
            string authority = new Uri(site.Hosts[h]).Authority;
            var mine = hits.Where(x => x.Host == authority).OrderBy(x => x.Start).ToList();
            Assert.That(TestSite.MaxInFlight(mine, site.Hosts[h]), Is.LessThanOrEqualTo(1), $"{authority}: concurrent requests");
            int delay = h == 0 ? ClusterSite.CrawlDelayMs : ClusterSite.MinDelayMs;
            var gaps = mine.Zip(mine.Skip(1), (a, b) => (b.Start - a.End).TotalMilliseconds).ToList();
            Assert.That(gaps.DefaultIfEmpty(delay).Min(), Is.GreaterThanOrEqualTo(delay - 1), $"{authority}: requests closer than {delay} ms");
        }
    }

    private static double FirstArticle(ClusterSite site, Stopwatch watch)
    {
        var first = site.Hits.Where(h => h.Path.StartsWith("/n/")).Min(h => h.Start);
        return (first - (DateTimeOffset.UtcNow - watch.Elapsed)).TotalSeconds;
    }

    private static int Served(ClusterSite site) => site.Hits.Count(h => h.Path.StartsWith("/n/") && h.Status == 200);

    private static List<string> Ids(string root, string file, Func<string, string> id) =>
        Directory.GetDirectories(root).SelectMany(d => File.Exists(Path.Combine(d, file)) ? File.ReadAllLines(Path.Combine(d, file)) : [])
            .Where(l => l.Length > 0).Select(id).ToList();
}
