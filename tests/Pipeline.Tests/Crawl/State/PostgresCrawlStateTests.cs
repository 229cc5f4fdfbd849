using Pipeline.Crawl.Dedup;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.State;
using Pipeline.Tests.Storage;
using Pipeline.Worker.Hosting;

namespace Pipeline.Tests.Crawl.State;

/// <summary>What only the PostgreSQL crawl state does: several machines on one state, and its setting.</summary>
public class PostgresCrawlStateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Two_machines_recording_the_same_urls_at_once_leave_one_row_each_and_lose_no_failure()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        using var first = CrawlStates.Open(pg.Location);
        using var second = CrawlStates.Open(pg.Location);
        var urls = Enumerable.Range(0, 80).Select(i => $"https://www.bbc.com/arabic/articles/{i}").ToArray();
        using var start = new Barrier(2);

        void Crawl(ICrawlStateStore state, IEnumerable<string> order)
        {
            start.SignalAndWait();
            foreach (var url in order)
            {
                state.RecordFailure(url, PageStatus.Failed, "timeout", Monday);
                state.AddArticle("a-" + url.GetHashCode(StringComparison.Ordinal), url, new Fingerprint("h", 1, [2UL], 40), "2026-11-23", Monday);
            }
        }

        Task.WaitAll(Task.Run(() => Crawl(first, urls)), Task.Run(() => Crawl(second, urls.Reverse())));

        Assert.That((pg.Scalar("select count(*) from crawl_pages"), pg.Scalar("select count(*) from crawl_articles"), pg.Scalar("select sum(failures) from crawl_pages")),
            Is.EqualTo((80L, 80L, 160L)));
        Assert.That(first.GetPage(urls[0])!.Failures, Is.EqualTo(2));
    }

    [Test]
    public void Two_machines_starting_together_both_create_the_tables()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();

        var opened = Enumerable.Range(0, 4).AsParallel().Select(_ => CrawlStates.Open(pg.Location)).ToList();
        opened.ForEach(s => s.Dispose());

        Assert.That(pg.Scalar("select count(*) from crawl_pages"), Is.Zero);
    }

    [Test]
    public void A_bad_state_connection_string_names_the_key()
    {
        var o = new CrawlOptions { Sources = [new SourceOptions { Kind = SourceKind.Feed, Url = "https://news.example.com/rss" }] };
        o.Output.StatePath = "postgres:Hots=db1";

        Assert.That(new CrawlOptionsValidator().Validate(null, o).Failures, Has.One.StartsWith("Crawl:Output:StatePath: "));
    }

    [TestCase("")]
    [TestCase("out/crawl-state.db")]
    [TestCase("postgres:Host=db1;Database=pipeline;Username=crawler")]
    public void Sqlite_paths_and_postgres_connection_strings_are_accepted(string setting) =>
        Assert.That(CrawlStates.Problem("Crawl:Output:StatePath", setting), Is.Null);

    [Test]
    public void An_unreachable_state_server_stops_the_crawl_at_start_naming_the_key()
    {
        string path = Path.Combine(Path.GetTempPath(), $"crawl-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "Crawl": { "Sources": [ { "Kind": "Feed", "Url": "https://news.example.com/rss" } ],
                         "Output": { "StatePath": "postgres:Host=127.0.0.1;Port=1;Username=x;Password=s3cret;Timeout=2" } } }
            """);
        try
        {
            Assert.That(CrawlStartup.Build(() => CrawlHost.CreateBuilder(path, null), path, out var error), Is.Null);
            Assert.That(error, Does.Contain("Crawl:Output:StatePath: cannot open the crawl state").And.Not.Contains("s3cret"));
        }
        finally { File.Delete(path); }
    }
}
