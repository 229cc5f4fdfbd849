using Pipeline.Crawl.Options;
using Pipeline.Worker.Hosting;

namespace Pipeline.Tests.Crawl;

public class CrawlOptionsTests
{
    private static IEnumerable<string> Failures(Action<CrawlOptions> change)
    {
        var o = new CrawlOptions { Sources = [new SourceOptions { Kind = SourceKind.Feed, Url = "https://news.example.com/rss" }] };
        change(o);
        return new CrawlOptionsValidator().Validate(null, o).Failures ?? [];
    }

    [Test]
    public void The_defaults_with_one_source_are_valid() => Assert.That(Failures(_ => { }), Is.Empty);

    [TestCase("Crawl:Schedule:Cron")]
    public void A_bad_cron_names_its_key(string key) =>
        Assert.That(Failures(o => o.Schedule.Cron = "every night"), Has.One.StartsWith(key));

    [Test]
    public void An_unknown_time_zone_names_its_key() =>
        Assert.That(Failures(o => o.Schedule.TimeZone = "Asia/Atlantis"), Has.One.StartsWith("Crawl:Schedule:TimeZone"));

    [TestCase("ftp://example.com/feed")]
    [TestCase("news.example.com/rss")]
    public void A_source_url_must_be_absolute_http(string url) =>
        Assert.That(Failures(o => o.Sources[0].Url = url), Has.One.StartsWith("Crawl:Sources:0:Url"));

    [Test]
    public void Out_of_range_numbers_name_their_key() =>
        Assert.That(Failures(o => o.Politeness.PerHostConcurrency = 0), Has.One.StartsWith("Crawl:Politeness:PerHostConcurrency"));

    [Test]
    public void A_malformed_range_names_its_entry() =>
        Assert.That(Failures(o => o.AllowedPrivateHosts.Add("10.0.0.0/99")), Has.One.Contains("10.0.0.0/99"));

    [Test]
    public void An_unknown_key_in_crawl_json_fails_at_start_with_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"crawl-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "Crawl": { "UserAgnet": "x" } }""");
        try
        {
            using var host = CrawlStartup.Build(() => CrawlHost.CreateBuilder(path, null), path, out var error);
            Assert.That(host, Is.Null);
            Assert.That(error, Does.Contain("UserAgnet"));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void An_unknown_top_level_section_fails_with_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"crawl-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "Crawler": {} }""");
        try
        {
            Assert.That(CrawlStartup.Build(() => CrawlHost.CreateBuilder(path, null), path, out var error), Is.Null);
            Assert.That(error, Does.Contain("'Crawler'"));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void The_sample_crawl_json_is_valid()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        string sample = Path.Combine(dir!.FullName, "samples", "crawl.json");
        using var host = CrawlStartup.Build(() => CrawlHost.CreateBuilder(sample, Path.GetTempPath()), sample, out var error);
        Assert.That(error, Is.Null);
    }
}
