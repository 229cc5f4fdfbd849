using Pipeline.Crawl;

namespace Pipeline.Tests.Crawl;

/// <summary>
/// Two passes of the crawl over <see cref="SiteFixture"/>, asserted from the server's side (what was
/// requested, how often, how close together) and from the output files.
/// </summary>
[TestFixture, NonParallelizable]
public class CrawlSiteTests
{
    private TestSite _site = null!;
    private CrawlRun _run = null!;
    private CrawlSummary _first = null!, _second = null!;
    private List<TestSite.Hit> _firstHits = null!, _secondHits = null!;
    private int _articlesAfterFirst, _claimsAfterFirst;

    [OneTimeSetUp]
    public async Task CrawlTwice()
    {
        _site = await TestSite.StartAsync();
        SiteFixture.Map(_site);
        // One request per host at a time here, so that server-side gaps measure the spacing alone;
        // CrawlConcurrencyTests covers a limit above one.
        _run = new CrawlRun(SiteFixture.Sources(_site), c => c["Politeness"]!["PerHostConcurrency"] = 1);
        _first = await _run.PassAsync();
        _firstHits = _site.Hits.ToList();
        _articlesAfterFirst = _run.Lines("articles.jsonl").Count;
        _claimsAfterFirst = _run.Lines("claims.jsonl").Count;
        _site.ClearHits();
        _second = await _run.PassAsync();
        _secondHits = _site.Hits.ToList();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _site.DisposeAsync();
        _run.Dispose();
    }

    private string HostA => new Uri(_site.A).Authority;
    private string HostB => new Uri(_site.B).Authority;

    [Test]
    public void Every_reachable_article_is_fetched_exactly_once()
    {
        foreach (var path in SiteFixture.ReachableA)
            Assert.That(_firstHits.Count(h => h.Host == HostA && h.Path == path && h.Status == 200), Is.EqualTo(1), path);
        foreach (var path in SiteFixture.ReachableB)
            Assert.That(_firstHits.Count(h => h.Host == HostB && h.Path == path && h.Status == 200), Is.EqualTo(1), path);
    }

    [Test]
    public void Every_reachable_article_ends_in_exactly_one_output_record_or_as_a_duplicate()
    {
        var urls = _run.Articles().Select(a => a.Url).Concat(_run.Rejects().Select(r => r.Input)).ToList();
        Assert.That(urls, Is.Unique);
        foreach (var path in SiteFixture.ReachableA.Where(p => p != "/news/1.html"))
            Assert.That(urls, Has.One.EndsWith(path), path);
        foreach (var path in SiteFixture.ReachableB.Where(p => p.StartsWith("/b/")))
            Assert.That(urls, Has.One.EndsWith(path), path);
    }

    [Test]
    public void The_same_story_on_two_hosts_is_written_once()
    {
        var copies = _run.Articles().Count(a => a.Url!.EndsWith("/news/1.html") || a.Url.EndsWith("/story.html") || a.Url.Contains("/story-"));
        Assert.That(copies, Is.EqualTo(1));
        Assert.That(_first.Duplicates, Is.EqualTo(3), "identical bytes, other diacritics, another byline");
        Assert.That(_run.Articles().Select(a => a.Id), Is.Unique);
    }

    [Test]
    public void Nothing_is_fetched_from_disallowed_paths_or_refused_addresses()
    {
        Assert.That(_firstHits.Concat(_secondHits).Where(h => h.Path.StartsWith("/private/")), Is.Empty);
        Assert.That(_first.RobotsSkipped, Is.EqualTo(1));
        Assert.That(_first.Refused, Is.EqualTo(1));
        Assert.That(_run.Articles().Select(a => a.Url), Has.None.Contains("169.254.169.254"));
    }

    [Test]
    public void Per_host_concurrency_is_never_exceeded()
    {
        Assert.That(TestSite.MaxInFlight(_firstHits, _site.A), Is.EqualTo(1));
        Assert.That(TestSite.MaxInFlight(_firstHits, _site.B), Is.EqualTo(1));
    }

    [TestCase("A", SiteFixture.CrawlDelayMs)]
    [TestCase("B", 40)]
    public void Requests_to_a_host_are_spaced_by_its_delay(string which, int delayMs)
    {
        string host = which == "A" ? HostA : HostB;
        var starts = _firstHits.Where(h => h.Host == host).Select(h => h.Start).Order().ToList();
        var gaps = starts.Zip(starts.Skip(1), (x, y) => (y - x).TotalMilliseconds).ToList();
        Assert.That(gaps, Is.Not.Empty);
        Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(delayMs - 10), "10 ms allowed for socket jitter");
    }

    [Test]
    public void A_page_failing_twice_with_500_is_retried_until_it_succeeds()
    {
        var hits = _firstHits.Where(h => h.Host == HostA && h.Path == "/flaky.html").Select(h => h.Status).ToList();
        Assert.That(hits, Is.EqualTo(new[] { 500, 500, 200 }));
    }

    [Test]
    public void A_429_is_retried_after_the_Retry_After_delay()
    {
        var hits = _firstHits.Where(h => h.Host == HostA && h.Path == "/busy.html").ToList();
        Assert.That(hits.Select(h => h.Status), Is.EqualTo(new[] { 429, 200 }));
        Assert.That((hits[1].Start - hits[0].Start).TotalMilliseconds, Is.GreaterThanOrEqualTo(950));
    }

    [Test]
    public void Slow_bodies_resets_loops_and_oversized_pages_are_recorded_failures_not_fatal()
    {
        Assert.That(_first.Failed, Is.EqualTo(4), "slow, reset, loop, big");
        Assert.That(_firstHits.Count(h => h.Path.StartsWith("/loop/")), Is.EqualTo(4), "the first request and 3 redirects");
        Assert.That(_firstHits.Count(h => h.Path == "/slow.html"), Is.EqualTo(3), "first attempt and 2 retries");
        Assert.That(_firstHits.Count(h => h.Path == "/big.html"), Is.EqualTo(1), "an oversized page is not retried");
    }

    [Test]
    public void Non_text_content_types_are_skipped()
    {
        Assert.That(_first.SkippedContentType, Is.EqualTo(1));
        Assert.That(_run.Articles().Select(a => a.Url), Has.None.EndsWith("/image.png"));
    }

    [Test]
    public void The_second_pass_sends_conditional_requests_and_writes_nothing_new()
    {
        var pages = SiteFixture.ReachableA.Select(p => (HostA, p)).Concat(SiteFixture.ReachableB.Select(p => (HostB, p)));
        foreach (var (host, path) in pages)
        {
            var hit = _secondHits.Single(h => h.Host == host && h.Path == path);
            Assert.That(hit.IfNoneMatch, Is.Not.Null, path);
            Assert.That(hit.Status, Is.EqualTo(304), path);
        }
        Assert.That(_second.NewArticles, Is.Zero);
        Assert.That(_run.Lines("articles.jsonl"), Has.Count.EqualTo(_articlesAfterFirst));
        Assert.That(_run.Lines("claims.jsonl"), Has.Count.EqualTo(_claimsAfterFirst));
    }
}
