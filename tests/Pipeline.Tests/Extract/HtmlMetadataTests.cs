using System.Text;
using Pipeline.Extract;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Tests.Extract;

public class HtmlMetadataTests
{
    private static ArticleMeta MetaOf(string head, string? url = null) =>
        new ArticleExtractor().Extract(new RawInput("page.html", url, Encoding.UTF8.GetBytes(NewsPage.Html(head: head))), CancellationToken.None).Meta;

    [Test]
    public void Title_comes_from_og_title() =>
        Assert.That(MetaOf("""<meta property="og:title" content="الخارجية تنفي الاتهامات">""").Title, Is.EqualTo("الخارجية تنفي الاتهامات"));

    [Test]
    public void Title_falls_back_to_the_h1_of_the_article() =>
        Assert.That(MetaOf("").Title, Is.EqualTo(NewsPage.Title));

    [Test]
    public void Title_from_the_title_tag_loses_the_site_name_suffix()
    {
        string page = $"<html><head><title>{NewsPage.Title} | جريدة الأفق</title></head><body>{string.Join("", NewsPage.Paragraphs.Select(p => $"<p>{p}</p>"))}</body></html>";
        var meta = new ArticleExtractor().Extract(new RawInput("p.html", null, Encoding.UTF8.GetBytes(page)), CancellationToken.None).Meta;
        Assert.That(meta.Title, Is.EqualTo(NewsPage.Title));
    }

    [TestCase("""<meta property="article:published_time" content="2024-05-13T09:30:00+03:00">""", "2024-05-13T09:30:00+03:00")]
    [TestCase("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-14"}</script>""", "2024-05-14")]
    [TestCase("""<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-05-15T08:00:00Z"}]}</script>""", "2024-05-15T08:00:00Z")]
    [TestCase("""<meta itemprop="datePublished" content="2024-05-16 10:15">""", "2024-05-16T10:15:00")]
    public void Publication_date_is_read_and_normalised_to_iso(string head, string expected) =>
        Assert.That(MetaOf(head).Published, Is.EqualTo(expected));

    [Test]
    public void Publication_date_comes_from_a_time_element_in_the_article()
    {
        string article = $"<time datetime=\"2024-05-17\">17 مايو 2024</time>" + string.Join("", NewsPage.Paragraphs.Select(p => $"<p>{p}</p>"));
        var meta = new ArticleExtractor().Extract(new RawInput("p.html", null, Encoding.UTF8.GetBytes(NewsPage.Html(article: article))), CancellationToken.None).Meta;
        Assert.That(meta.Published, Is.EqualTo("2024-05-17"));
    }

    [TestCase("""<meta name="author" content="سارة المصري">""", "سارة المصري")]
    [TestCase("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"خالد يوسف"}}</script>""", "خالد يوسف")]
    [TestCase("""<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"ليلى حسن"},{"name":"عمر سالم"}]}</script>""", "ليلى حسن")]
    [TestCase("""<link rel="author" href="/a">""", null)]
    public void Author_is_read_from_meta_or_json_ld(string head, string? expected) =>
        Assert.That(MetaOf(head).Author, Is.EqualTo(expected));

    [Test]
    public void Author_comes_from_a_rel_author_link()
    {
        string article = "<a rel=\"author\" href=\"/writers/5\">منى الخطيب</a>" + string.Join("", NewsPage.Paragraphs.Select(p => $"<p>{p}</p>"));
        var meta = new ArticleExtractor().Extract(new RawInput("p.html", null, Encoding.UTF8.GetBytes(NewsPage.Html(article: article))), CancellationToken.None).Meta;
        Assert.That(meta.Author, Is.EqualTo("منى الخطيب"));
    }

    [Test]
    public void Site_comes_from_og_site_name() =>
        Assert.That(MetaOf("""<meta property="og:site_name" content="جريدة الأفق">""").Site, Is.EqualTo("جريدة الأفق"));

    [Test]
    public void Site_falls_back_to_the_host_of_the_url() =>
        Assert.That(MetaOf("", url: "https://www.alofuq.example/news/1").Site, Is.EqualTo("alofuq.example"));

    [Test]
    public void Broken_json_ld_is_ignored() =>
        Assert.That(MetaOf("""<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><meta name="author" content="سارة">""").Author, Is.EqualTo("سارة"));
}
