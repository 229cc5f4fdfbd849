using System.Text;
using System.Xml;
using Pipeline.Crawl.Sources;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

public class SourceParserTests
{
    private static readonly Uri Base = new("https://news.example.com/feeds/");

    private static SourceLinks Xml(string xml) => SourceParser.ParseXml(Encoding.UTF8.GetBytes(xml), Base);

    [Test]
    public void Rss_items_give_their_links() =>
        Assert.That(Xml(Rss("https://news.example.com/a", "/b?x=1&y=2")).Articles.Select(u => u.ToString()),
            Is.EqualTo(new[] { "https://news.example.com/a", "https://news.example.com/b?x=1&y=2" }));

    [Test]
    public void Atom_entries_give_their_alternate_links_only() =>
        Assert.That(Xml(Atom("https://news.example.com/a")).Articles.Select(u => u.ToString()), Is.EqualTo(new[] { "https://news.example.com/a" }));

    [Test]
    public void A_sitemap_index_gives_child_sitemaps()
    {
        var links = Xml(SitemapIndex("https://news.example.com/s1.xml", "https://news.example.com/s2.xml"));
        Assert.That(links.Sitemaps, Has.Count.EqualTo(2));
        Assert.That(links.Articles, Is.Empty);
    }

    [Test]
    public void Plain_and_google_news_sitemaps_give_their_locations()
    {
        Assert.That(Xml(UrlSet("https://news.example.com/1", "https://news.example.com/2")).Articles, Has.Count.EqualTo(2));
        Assert.That(Xml(GoogleNews("https://news.example.com/3")).Articles.Single().AbsolutePath, Is.EqualTo("/3"));
    }

    [Test]
    public void A_url_list_skips_comments_blank_lines_and_other_schemes()
    {
        var links = SourceParser.ParseList(Encoding.UTF8.GetBytes("# picked\n\nhttps://a.example/1\r\nftp://a.example/2\n/relative\n"), Base);
        Assert.That(links.Articles.Select(u => u.ToString()), Is.EqualTo(new[] { "https://a.example/1", "https://news.example.com/relative" }));
    }

    [Test]
    public void Document_type_definitions_are_refused_so_entities_cannot_reach_files() =>
        Assert.Throws<XmlException>(() => Xml("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><link>&x;</link></item></channel></rss>"));

    [TestCase("<html><body>not a feed</body></html>")]
    [TestCase("<rss><channel>")]
    public void Html_or_broken_xml_is_an_error_not_an_empty_source(string xml) =>
        Assert.Throws<XmlException>(() => Xml(xml));
}
