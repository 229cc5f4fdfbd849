using System.Text.Json.Nodes;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

/// <summary>
/// The small news site of the crawl tests, on two hosts. Host A: robots.txt with a group for
/// TestBot (a disallowed path and a Crawl-delay), an RSS feed, an Atom feed, a sitemap index with a
/// plain and a Google News sitemap, and pages that fail in every way the crawler must survive.
/// Host B: no robots.txt, a URL list with the same story as A (byte-identical, and re-typed with
/// diacritics and tatweel, and with a wire byline) and slow pages that exercise per-host concurrency.
/// </summary>
public static class SiteFixture
{
    public const int CrawlDelayMs = 100;

    /// <summary>Paths on A whose article must be fetched (200) exactly once.</summary>
    public static readonly string[] ReachableA =
        ["/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html", "/news/5.html", "/news/6.html", "/news/7.html", "/news/cp1256.html", "/flaky.html", "/busy.html"];

    /// <summary>Paths on B whose article must be fetched (200) exactly once.</summary>
    public static readonly string[] ReachableB = ["/story.html", "/story-diacritics.html", "/story-syndicated.html", "/b/1.html", "/b/2.html", "/b/3.html", "/b/4.html", "/b/5.html"];

    public static void Map(TestSite site)
    {
        string a = site.A, b = site.B;
        site.Map(a, "/robots.txt", Serve(
            $"User-agent: OtherBot\nDisallow: /\n\nUser-agent: TestBot\nDisallow: /private/\nCrawl-delay: {CrawlDelayMs / 1000.0:0.###}\n\nUser-agent: *\nDisallow: /\n",
            "text/plain"));
        site.Map(a, "/feed.rss", Serve(Rss(
            $"{a}/news/1.html", $"{a}/news/2.html?utm_source=rss&utm_medium=feed", $"{a}/private/secret.html",
            $"{a}/news/cp1256.html", $"{a}/flaky.html", $"{a}/busy.html", "http://169.254.169.254/latest/meta-data/",
            $"{a}/news/1.html#comments", $"{a}/image.png", $"{a}/news/2.html"), "application/rss+xml; charset=utf-8"));
        site.Map(a, "/atom.xml", Serve(Atom(
            $"{a}/news/3.html", $"{a}/slow.html", $"{a}/reset.html", $"{a}/loop/a", $"{a}/big.html", $"{a}/moved.html"), "application/atom+xml"));
        site.Map(a, "/sitemap-index.xml", Serve(SitemapIndex($"{a}/sitemap-1.xml", $"{a}/news-sitemap.xml"), "application/xml"));
        site.Map(a, "/sitemap-1.xml", Serve(UrlSet($"{a}/news/5.html", $"{a}/news/6.html"), "application/xml"));
        site.Map(a, "/news-sitemap.xml", Serve(GoogleNews($"{a}/news/7.html"), "text/xml"));

        foreach (int n in new[] { 1, 2, 3, 4, 5, 6, 7 }) site.Map(a, $"/news/{n}.html", Page(Html(Story(n))));
        site.Map(a, "/news/cp1256.html", Page(Html(Story(20), "windows-1256"), "windows-1256"));
        site.Map(a, "/flaky.html", FailFirst(2, 500, Page(Html(Story(21)))));
        site.Map(a, "/busy.html", FailFirst(1, 429, Page(Html(Story(22))), retryAfter: "1"));
        site.Map(a, "/slow.html", SlowBody());
        site.Map(a, "/reset.html", Reset());
        site.Map(a, "/loop/a", Redirect("/loop/b"));
        site.Map(a, "/loop/b", Redirect($"{a}/loop/a"));
        site.Map(a, "/moved.html", Redirect("/news/4.html", 301));
        site.Map(a, "/big.html", Page(Html(string.Concat(Enumerable.Repeat(Story(23), 60)))));
        site.Map(a, "/image.png", Serve("\u0089PNG", "image/png"));
        site.Map(a, "/private/secret.html", Page(Html(Story(24))));

        site.Map(b, "/list.txt", Serve(string.Join('\n',
            "# hand-picked", $"{b}/story.html", $"{b}/story-diacritics.html", $"{b}/story-syndicated.html",
            $"{b}/b/1.html", $"{b}/b/2.html", $"{b}/b/3.html", $"{b}/b/4.html", $"{b}/b/5.html"), "text/plain"));
        site.Map(b, "/story.html", Page(Html(Story(1))));
        site.Map(b, "/story-diacritics.html", Page(Html(Story(1).Replace("يزور", "يَزُورُ").Replace("قال", "قـــالَ").Replace("أكد", "أكّدَ").Replace("نفى", "نَفَى"))));
        site.Map(b, "/story-syndicated.html", Page(Html("<p>الرياض (وكالات) -</p>\n" + Story(1) + "<p>المصدر: وكالة الأنباء</p>\n")));
        foreach (int n in new[] { 1, 2, 3, 4, 5 }) site.Map(b, $"/b/{n}.html", Page(Html(Story(30 + n)), delayMs: 150));
    }

    public static JsonArray Sources(TestSite site) =>
    [
        CrawlRun.Source("Feed", $"{site.A}/feed.rss"),
        CrawlRun.Source("Feed", $"{site.A}/atom.xml"),
        CrawlRun.Source("Sitemap", $"{site.A}/sitemap-index.xml"),
        CrawlRun.Source("UrlList", $"{site.B}/list.txt"),
    ];
}
