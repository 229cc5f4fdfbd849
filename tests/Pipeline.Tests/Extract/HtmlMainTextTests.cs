using System.Text;
using Pipeline.Extract;
using Pipeline.Read;

namespace Pipeline.Tests.Extract;

public class HtmlMainTextTests
{
    private static string TextOf(string html, string path = "page.html") =>
        new ArticleExtractor().Extract(new RawInput(path, null, Encoding.UTF8.GetBytes(html)), CancellationToken.None).Text;

    [Test]
    public void Text_is_the_title_line_then_the_body_paragraphs_in_order()
    {
        var expected = string.Join("\n", new[] { NewsPage.Title }.Concat(NewsPage.Paragraphs));
        Assert.That(TextOf(NewsPage.Html()), Is.EqualTo(expected));
    }

    [TestCase("الرئيسية", Description = "navigation menu and breadcrumb")]
    [TestCase("شارك", Description = "share buttons")]
    [TestCase("تابعنا على", Description = "follow box and follow line inside the body")]
    [TestCase("إعلان ممول", Description = "advertisement")]
    [TestCase("اقرأ أيضا", Description = "related heading")]
    [TestCase("وزير الداخلية يتفقد", Description = "related links")]
    [TestCase("تعليق من قارئ", Description = "comments")]
    [TestCase("الأكثر قراءة", Description = "sidebar")]
    [TestCase("ملفات تعريف الارتباط", Description = "cookie notice")]
    [TestCase("جميع الحقوق محفوظة", Description = "footer")]
    [TestCase("var ads", Description = "script")]
    public void Boilerplate_is_not_in_the_text(string boilerplate) =>
        Assert.That(TextOf(NewsPage.Html()), Does.Not.Contain(boilerplate));

    [Test]
    public void Entities_are_decoded_and_whitespace_is_collapsed_within_lines()
    {
        string body = "<p>قال   الوزير&nbsp;إن الحكومة &amp; البرلمان اتفقا على &quot;خطة&quot; جديدة\n   لإصلاح قطاع الطاقة، وإن التنفيذ يبدأ الشهر المقبل في جميع المحافظات.</p>";
        string text = TextOf(NewsPage.Html(article: body));
        Assert.That(text.Split('\n')[1], Is.EqualTo("قال الوزير إن الحكومة & البرلمان اتفقا على \"خطة\" جديدة لإصلاح قطاع الطاقة، وإن التنفيذ يبدأ الشهر المقبل في جميع المحافظات."));
    }

    [Test]
    public void Paragraphs_written_as_div_text_with_br_become_lines()
    {
        string body = $"<div class=\"text\">{NewsPage.Paragraphs[0]}<br><br>{NewsPage.Paragraphs[1]}<br><br>{NewsPage.Paragraphs[2]}</div>";
        var lines = TextOf(NewsPage.Html(article: body)).Split('\n');
        Assert.That(lines[1..], Is.EqualTo(NewsPage.Paragraphs[..3]));
    }

    [Test]
    public void Truncated_html_still_yields_the_text_it_has()
    {
        string page = NewsPage.Html();
        string truncated = page[..(page.IndexOf(NewsPage.Paragraphs[2], StringComparison.Ordinal) + 40)];
        string text = TextOf(truncated);
        Assert.That(text, Does.Contain(NewsPage.Paragraphs[0]).And.Contain(NewsPage.Paragraphs[1]));
    }

    [Test]
    public void Html_without_extension_is_recognised_by_its_markup() =>
        Assert.That(TextOf(NewsPage.Html(), path: "downloaded"), Does.StartWith(NewsPage.Title + "\n" + NewsPage.Paragraphs[0]));

    [Test]
    public void Json_ld_article_body_is_the_fallback_when_the_markup_has_no_paragraphs()
    {
        string head = """<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"أكد رئيس الوزراء أن الحكومة ماضية في خطة الإصلاح الاقتصادي رغم الانتقادات، وأن النتائج ستظهر قبل نهاية العام، داعيا المواطنين إلى الصبر والثقة بالمؤسسات الرسمية وبالخطط المعلنة."}</script>""";
        string text = TextOf(NewsPage.Html(head: head, article: "<p>قصير</p>"));
        Assert.That(text, Does.Contain("أكد رئيس الوزراء أن الحكومة ماضية في خطة الإصلاح"));
    }

    [Test]
    public void Link_column_of_a_table_layout_is_not_in_the_text()
    {
        string links = string.Concat(Enumerable.Range(0, 12).Select(i => $"<a href=\"/x{i}\">رابط جانبي رقم {i} عن موضوع آخر</a><br>"));
        string page = $"<html><body><table><tr><td>{links}</td><td><font>{string.Join("<br><br>", NewsPage.Paragraphs)}</font></td></tr></table></body></html>";
        string text = TextOf(page);
        Assert.That(text, Does.Not.Contain("رابط جانبي"));
        Assert.That(text, Does.Contain(NewsPage.Paragraphs[3]));
    }

    [Test]
    public void Block_headed_as_readers_comments_is_not_in_the_text()
    {
        string story = string.Concat(NewsPage.Paragraphs.Select(p => $"<p>{p}</p>"));
        string comments = string.Concat(NewsPage.Paragraphs.Select(p => $"<div><p>{p} رأي قارئ</p></div>"));
        string page = $"<html><body><div><h1>{NewsPage.Title}</h1>{story}</div><div><h3>آراء القراء</h3>{comments}</div></body></html>";
        Assert.That(TextOf(page), Does.Not.Contain("رأي قارئ").And.Not.Contain("آراء القراء"));
    }

    [Test]
    public void Cancelled_extraction_stops_with_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var input = new RawInput("page.html", null, Encoding.UTF8.GetBytes(NewsPage.Html()));
        Assert.Throws<OperationCanceledException>(() => new ArticleExtractor().Extract(input, cancelled.Token));
    }

    [Test]
    public void Page_without_any_text_is_rejected_by_the_extract_stage()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => TextOf("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>"))!;
        Assert.That(e.Stage, Is.EqualTo("extract"));
    }
}
