using Pipeline.Tests.Storage;

namespace Pipeline.Tests.Crawl.State;

/// <summary>
/// Two crawl passes through the real host with Crawl:Output:StatePath naming PostgreSQL: the state is
/// wired through CrawlServices, so the second pass sends conditional GETs and writes nothing new.
/// </summary>
[TestFixture, NonParallelizable]
public class CrawlOnPostgresTests
{
    [Test]
    public async Task The_second_pass_on_a_postgres_state_sends_conditional_requests_and_writes_nothing_new()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        await using var site = await TestSite.StartAsync();
        SiteFixture.Map(site);
        using var run = new CrawlRun(SiteFixture.Sources(site), c => c["Output"]!["StatePath"] = pg.Location);

        var first = await run.PassAsync();
        site.ClearHits();
        var second = await run.PassAsync();

        var notModified = site.Hits.Count(h => h.Status == 304 && h.IfNoneMatch is not null);
        Assert.That((first.NewArticles > 0, second.NewArticles, notModified),
            Is.EqualTo((true, 0, SiteFixture.ReachableA.Length + SiteFixture.ReachableB.Length)));
        Assert.That(pg.Scalar("select count(*) from crawl_articles"), Is.EqualTo(first.NewArticles));
        Assert.That(File.Exists(Path.Combine(run.Out, "crawl-state.db")), Is.False);
    }
}
