using System.Text.Json.Nodes;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

/// <summary>Per-host and global concurrency limits, measured by the server while pages answer slowly.</summary>
[TestFixture, NonParallelizable]
public class CrawlConcurrencyTests
{
    [TestCase(2, 8)]
    [TestCase(3, 8)]
    public async Task At_most_the_per_host_limit_is_in_flight_to_one_host(int perHost, int global)
    {
        await using var site = await TestSite.StartAsync();
        var links = Enumerable.Range(1, 8).Select(n => $"{site.B}/slow/{n}.html").ToArray();
        site.Map(site.B, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        foreach (int n in Enumerable.Range(1, 8)) site.Map(site.B, $"/slow/{n}.html", Page(Html(Story(100 + n)), delayMs: 200));
        using var run = new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{site.B}/list.txt")), c =>
        {
            c["GlobalConcurrency"] = global;
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = perHost, ["MinDelayMilliseconds"] = 0 };
        });

        var summary = await run.PassAsync();

        Assert.That(summary.Fetched, Is.EqualTo(8));
        Assert.That(TestSite.MaxInFlight(site.Hits, site.B), Is.EqualTo(perHost), "the limit is reached and never exceeded");
    }

    [Test]
    public async Task The_global_limit_caps_requests_over_all_hosts()
    {
        await using var site = await TestSite.StartAsync();
        var links = new List<string>();
        foreach (var origin in new[] { site.A, site.B })
            foreach (int n in Enumerable.Range(1, 4))
            {
                site.Map(origin, $"/g/{n}.html", Page(Html(Story(200 + n + (origin == site.A ? 0 : 10))), delayMs: 200));
                links.Add($"{origin}/g/{n}.html");
            }
        site.Map(site.A, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        using var run = new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{site.A}/list.txt")), c =>
        {
            c["GlobalConcurrency"] = 2;
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 4, ["MinDelayMilliseconds"] = 0 };
        });

        await run.PassAsync();

        var hits = site.Hits.Where(h => h.Path.StartsWith("/g/")).ToList();
        int maxOverlap = hits.Max(h => hits.Count(o => o.Start <= h.Start && o.End > h.Start));
        Assert.That(maxOverlap, Is.LessThanOrEqualTo(2));
    }
}
