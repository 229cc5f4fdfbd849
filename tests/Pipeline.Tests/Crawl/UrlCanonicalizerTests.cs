using Pipeline.Crawl.Urls;

namespace Pipeline.Tests.Crawl;

public class UrlCanonicalizerTests
{
    [TestCase("HTTP://News.Example.COM/a", "http://news.example.com/a")]
    [TestCase("http://example.com:80/a", "http://example.com/a")]
    [TestCase("https://example.com:443/a", "https://example.com/a")]
    [TestCase("https://example.com:8443/a", "https://example.com:8443/a")]
    [TestCase("https://example.com/a#comments", "https://example.com/a")]
    [TestCase("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a")]
    [TestCase("https://example.com/a?b=2&utm_campaign=x&a=1", "https://example.com/a?a=1&b=2")]
    [TestCase("https://example.com/a?fbclid=123&id=7", "https://example.com/a?id=7")]
    [TestCase("https://example.com", "https://example.com/")]
    [TestCase("https://example.com/%D8%AE%D8%A8%D8%B1", "https://example.com/%D8%AE%D8%A8%D8%B1")]
    [TestCase("https://مثال.com/خبر", "https://xn--mgbh0fb.com/%D8%AE%D8%A8%D8%B1")]
    public void Spellings_of_one_page_share_one_canonical_url(string input, string expected) =>
        Assert.That(UrlCanonicalizer.Canonicalize(input), Is.EqualTo(expected));

    [TestCase("ftp://example.com/a")]
    [TestCase("mailto:editor@example.com")]
    [TestCase("javascript:alert(1)")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("/relative/without/base")]
    public void Non_http_urls_have_no_canonical_form(string input) =>
        Assert.That(UrlCanonicalizer.Canonicalize(input), Is.Null);

    [Test]
    public void Relative_links_resolve_against_their_page() =>
        Assert.That(UrlCanonicalizer.Canonicalize("../b?utm_source=x", new Uri("https://example.com/news/a")), Is.EqualTo("https://example.com/b"));

    [TestCase("utm_source", true)]
    [TestCase("UTM_Medium", true)]
    [TestCase("gclid", true)]
    [TestCase("id", false)]
    [TestCase("page", false)]
    public void Tracking_parameters_are_recognised(string name, bool tracking) =>
        Assert.That(UrlCanonicalizer.IsTracking(name), Is.EqualTo(tracking));
}
