using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

/// <summary>Safety limits and the per-host circuit breaker, each on a small site of its own.</summary>
[TestFixture, NonParallelizable]
public class CrawlLimitsTests
{
    private static async Task<(TestSite Site, CrawlRun Run)> Site(Action<TestSite, List<string>> map, Action<JsonObject>? tweak = null, bool listOnB = false)
    {
        var site = await TestSite.StartAsync();
        var links = new List<string>();
        map(site, links);
        string origin = listOnB ? site.B : site.A;
        site.Map(origin, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        return (site, new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{origin}/list.txt")), c =>
        {
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = 0 };
            tweak?.Invoke(c);
        }));
    }

    [Test]
    public async Task A_compressed_page_is_measured_after_decompression()
    {
        var (site, run) = await Site((s, links) =>
        {
            var html = Encoding.UTF8.GetBytes(Html(string.Concat(Enumerable.Repeat("<p>نص مكرر لاختبار حدود الضغط</p>", 20_000))));
            using var zipped = new MemoryStream();
            using (var gzip = new GZipStream(zipped, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(html);
            var body = zipped.ToArray();
            Assert.That(body.Length, Is.LessThan(65536), "the compressed body alone is under the limit");
            s.Map(s.A, "/bomb.html", async (ctx, _) =>
            {
                ctx.Response.ContentType = "text/html; charset=utf-8";
                ctx.Response.Headers.ContentEncoding = "gzip";
                await ctx.Response.Body.WriteAsync(body);
            });
            links.Add($"{s.A}/bomb.html");
        });
        await using (site) using (run)
        {
            var summary = await run.PassAsync();
            Assert.That(summary.Failed, Is.EqualTo(1));
            Assert.That(run.Articles(), Is.Empty);
        }
    }

    [Test]
    public async Task A_redirect_to_the_metadata_address_is_refused_without_a_request()
    {
        var (site, run) = await Site((s, links) =>
        {
            s.Map(s.A, "/go.html", Redirect("http://169.254.169.254/latest/meta-data/"));
            links.Add($"{s.A}/go.html");
        });
        await using (site) using (run)
        {
            var summary = await run.PassAsync();
            Assert.That(summary.Refused, Is.EqualTo(1));
            Assert.That(site.Count(site.A, "/go.html"), Is.EqualTo(1), "a refusal is not retried");
        }
    }

    [Test]
    public async Task A_host_name_resolving_to_loopback_is_refused_after_resolution()
    {
        var (site, run) = await Site((s, links) =>
        {
            string port = new Uri(s.A).Port.ToString();
            s.Map(s.A, "/local.html", Page(Html(Story(400))));
            links.Add($"http://localhost:{port}/local.html");
        }, c => c["AllowedPrivateHosts"] = new JsonArray("127.0.0.2/32"), listOnB: true);
        await using (site) using (run)
        {
            var summary = await run.PassAsync();
            Assert.That(summary.Refused, Is.EqualTo(1));
            Assert.That(site.Hits.Where(h => h.Host.StartsWith("localhost") || h.Host == new Uri(site.A).Authority), Is.Empty);
        }
    }

    [Test]
    public async Task A_failing_host_opens_its_own_circuit_and_leaves_other_hosts_alone()
    {
        var (site, run) = await Site((s, links) =>
        {
            foreach (int n in Enumerable.Range(1, 6))
            {
                s.Map(s.B, $"/down/{n}.html", (ctx, _) => { ctx.Response.StatusCode = 503; return Task.CompletedTask; });
                s.Map(s.A, $"/up/{n}.html", Page(Html(Story(410 + n))));
                links.Add($"{s.B}/down/{n}.html");
                links.Add($"{s.A}/up/{n}.html");
            }
        }, c =>
        {
            c["GlobalConcurrency"] = 1;
            c["Http"]!["MaxRetries"] = 0;
            c["Http"]!["BreakerMinimumThroughput"] = 2;
            c["Http"]!["BreakerFailureRatio"] = 0.5;
        });
        await using (site) using (run)
        {
            var summary = await run.PassAsync();
            Assert.That(summary.Failed, Is.EqualTo(6));
            Assert.That(site.Hits.Count(h => h.Path.StartsWith("/down/")), Is.InRange(1, 3), "the open circuit spares the failing host");
            Assert.That(summary.NewArticles, Is.EqualTo(6));
        }
    }
}
