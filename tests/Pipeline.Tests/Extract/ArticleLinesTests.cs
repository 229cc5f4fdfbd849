using Pipeline.Extract;

namespace Pipeline.Tests.Extract;

public class ArticleLinesTests
{
    [TestCase("تابعنا على فيسبوك وتويتر")]
    [TestCase("تابعونا على تلغرام لتصلكم الأخبار العاجلة")]
    [TestCase("اقرأ أيضا: وزير الداخلية يتفقد المعابر الحدودية")]
    [TestCase("اقرأ أيضاً")]
    [TestCase("شارك")]
    [TestCase("شارك الخبر:")]
    [TestCase("مواضيع ذات صلة")]
    [TestCase("إعلان")]
    [TestCase("Read more: Sweden drops investigation")]
    public void Furniture_lines_are_recognised(string line) =>
        Assert.That(ArticleLines.IsFurniture(line), Is.True);

    [TestCase("شارك آلاف المواطنين في مسيرة حاشدة وسط العاصمة للمطالبة بالإصلاح")]
    [TestCase("وتابعنا تطورات الملف مع مصادر في الوزارة أكدت أن المفاوضات مستمرة")]
    [TestCase("وقال المتحدث إن الحكومة تدين الهجوم")]
    public void Article_sentences_are_not_furniture(string line) =>
        Assert.That(ArticleLines.IsFurniture(line), Is.False);

    [Test]
    public void Title_repeat_byline_dateline_and_kicker_above_the_first_paragraph_are_dropped()
    {
        string paragraph = "نفت وزارة الخارجية، في بيان رسمي صدر مساء الثلاثاء، الاتهامات التي وجهتها حكومة البلد المجاور بشأن دعم جماعات مسلحة.";
        var lines = ArticleLines.Tidy(["سياسة", "الخارجية تنفي الاتهامات", "كتب سيد علي", "الثلاثاء 11 يونيو 2024 - 06:40 م", paragraph, "12:45"], "الخارجية تنفي الاتهامات");
        Assert.That(lines, Is.EqualTo(new[] { paragraph }));
    }

    [Test]
    public void Short_lines_after_the_first_paragraph_are_kept()
    {
        string paragraph = "نفت وزارة الخارجية، في بيان رسمي صدر مساء الثلاثاء، الاتهامات التي وجهتها حكومة البلد المجاور بشأن دعم جماعات مسلحة.";
        var lines = ArticleLines.Tidy([paragraph, "ردود فعل", "وفي عام 2020 وقعت حادثة مشابهة"], null);
        Assert.That(lines, Is.EqualTo(new[] { paragraph, "ردود فعل", "وفي عام 2020 وقعت حادثة مشابهة" }));
    }
}
