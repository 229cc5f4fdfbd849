using System.Text;
using Pipeline.Extract;
using Pipeline.Read;

namespace Pipeline.Tests.Extract;

public class PlainTextArticleTests
{
    private static ExtractedArticle Extract(string text, string path = "article.txt") =>
        new ArticleExtractor().Extract(new RawInput(path, null, Encoding.UTF8.GetBytes(text)), CancellationToken.None);

    [Test]
    public void Title_is_the_first_non_empty_line() =>
        Assert.That(Extract("\n\n  الحزب يدعو الحكومة إلى الاستقالة  \nدعا الحزب الحكومة إلى الاستقالة.").Meta.Title,
            Is.EqualTo("الحزب يدعو الحكومة إلى الاستقالة"));

    [Test]
    public void Text_keeps_the_title_line_then_one_paragraph_per_line()
    {
        var article = Extract("العنوان هنا\r\n\r\nالفقرة الأولى.\r\n\r\n\r\nالفقرة الثانية.\r\n");
        Assert.That(article.Text, Is.EqualTo("العنوان هنا\nالفقرة الأولى.\nالفقرة الثانية."));
    }

    [Test]
    public void Spaces_within_a_line_are_collapsed() =>
        Assert.That(Extract("عنوان\nقال \t الوزير   إن").Text, Is.EqualTo("عنوان\nقال الوزير إن"));

    [Test]
    public void Markup_like_text_in_a_txt_file_is_kept_as_text() =>
        Assert.That(Extract("<b>عنوان</b>\nنص").Text, Is.EqualTo("<b>عنوان</b>\nنص"));

    [Test]
    public void Path_is_kept_in_the_metadata() =>
        Assert.That(Extract("عنوان\nنص", "in/a.txt").Meta.Path, Is.EqualTo("in/a.txt"));
}
