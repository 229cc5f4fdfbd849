using Pipeline.Crawl.Dedup;
using Pipeline.Crawl.State;
using Pipeline.Tests.Storage;

namespace Pipeline.Tests.Crawl.State;

/// <summary>What every crawl state does, asserted for SQLite and for PostgreSQL alike.</summary>
[TestFixture(typeof(SqliteCrawlState))]
[TestFixture(typeof(PostgresCrawlState))]
public class CrawlStateContractTests(Type kind)
{
    private const string Url = "https://www.aljazeera.net/news/2026/11/23/مقال";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private PostgresTestSchema? _pg;
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _pg = kind == typeof(PostgresCrawlState) ? PostgresTestSchema.CreateOrIgnore() : null;
        _dir = Path.Combine(Path.GetTempPath(), "crawl-state-tests-" + Guid.NewGuid().ToString("N")[..12]);
    }

    [TearDown]
    public void TearDown()
    {
        _pg?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private ICrawlStateStore Open() => CrawlStates.Open(_pg?.Location ?? Path.Combine(_dir, "crawl-state.db"));

    private static Fingerprint Print(string hash, ulong simHash) => new(hash, simHash, [1UL, ulong.MaxValue, 0x8000_0000_0000_0001UL], 40);

    [Test]
    public void Open_gives_the_implementation_the_setting_names()
    {
        using var state = Open();
        Assert.That(state, Is.InstanceOf(kind));
    }

    [Test]
    public void A_url_never_fetched_has_no_page()
    {
        using var state = Open();
        Assert.That(state.GetPage(Url), Is.Null);
    }

    [Test]
    public void A_fetch_stores_the_validators_hash_and_article()
    {
        using var state = Open();
        state.RecordFetch(Url, PageStatus.Written, Monday, "\"etag-1\"", "Mon, 23 Nov 2026 08:00:00 GMT", "hash-1", "a-1");

        Assert.That(state.GetPage(Url), Is.EqualTo(new PageState(Url, "\"etag-1\"", "Mon, 23 Nov 2026 08:00:00 GMT", "hash-1", PageStatus.Written, 0, "a-1")));
    }

    [Test]
    public void A_later_fetch_without_validators_keeps_the_stored_ones()
    {
        using var state = Open();
        state.RecordFetch(Url, PageStatus.Written, Monday, "\"etag-1\"", null, "hash-1", "a-1");

        state.RecordFetch(Url, PageStatus.NotModified, Monday.AddDays(1));

        Assert.That(state.GetPage(Url), Is.EqualTo(new PageState(Url, "\"etag-1\"", null, "hash-1", PageStatus.NotModified, 0, "a-1")));
    }

    [Test]
    public void Failures_count_up_and_keep_the_validators()
    {
        using var state = Open();
        state.RecordFetch(Url, PageStatus.Written, Monday, "\"etag-1\"", null, "hash-1", "a-1");

        state.RecordFailure(Url, PageStatus.Failed, "503 Service Unavailable", Monday.AddDays(1));
        state.RecordFailure(Url, PageStatus.Failed, "503 Service Unavailable", Monday.AddDays(2));

        Assert.That(state.GetPage(Url), Is.EqualTo(new PageState(Url, "\"etag-1\"", null, "hash-1", PageStatus.Failed, 2, "a-1")));
    }

    [Test]
    public void A_first_failure_creates_the_page_with_one_failure()
    {
        using var state = Open();
        state.RecordFailure(Url, PageStatus.Robots, "disallowed by robots.txt", Monday);

        Assert.That(state.GetPage(Url), Is.EqualTo(new PageState(Url, null, null, null, PageStatus.Robots, 1, null)));
    }

    [Test]
    public void A_fetch_after_failures_resets_the_count()
    {
        using var state = Open();
        state.RecordFailure(Url, PageStatus.Failed, "timeout", Monday);

        state.RecordFetch(Url, PageStatus.Unchanged, Monday.AddHours(1), null, null, "hash-1");

        Assert.That(state.GetPage(Url)!.Failures, Is.Zero);
    }

    [Test]
    public void An_article_added_twice_is_kept_once_with_its_first_fingerprint()
    {
        using var state = Open();
        state.AddArticle("a-1", Url, Print("hash-1", 7), "2026-11-23", Monday);
        state.AddArticle("a-1", Url, Print("hash-2", 8), "2026-11-24", Monday.AddDays(1));

        Assert.That(state.Articles().Select(a => (a.Id, a.TextHash, a.SimHash)), Is.EqualTo(new[] { ("a-1", "hash-1", 7UL) }));
        Assert.That((state.HasArticle("a-1"), state.HasArticle("a-2")), Is.EqualTo((true, false)));
    }

    [Test]
    public void Fingerprints_round_trip_with_the_high_bit_set()
    {
        using var state = Open();
        state.AddArticle("a-1", null, Print("hash-1", 0xF000_0000_0000_000FUL), "2026-11-23", Monday);

        var a = state.Articles().Single();
        Assert.That((a.SimHash, a.MinHash), Is.EqualTo((0xF000_0000_0000_000FUL, new[] { 1UL, ulong.MaxValue, 0x8000_0000_0000_0001UL })));
    }

    [Test]
    public void The_state_survives_closing_and_reopening()
    {
        using (var state = Open())
        {
            state.RecordFetch(Url, PageStatus.Written, Monday, "\"etag-1\"", null, "hash-1", "a-1");
            state.AddArticle("a-1", Url, Print("hash-1", 7), "2026-11-23", Monday);
        }

        using var reopened = Open();
        Assert.That((reopened.GetPage(Url)?.ETag, reopened.HasArticle("a-1")), Is.EqualTo(("\"etag-1\"", true)));
    }
}
