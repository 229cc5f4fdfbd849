using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>«X: …» headlines: X is the speaker, unless X is a byline or a rubric that labels the headline.</summary>
public class HeadlineTests
{
    [TestCase("وزير الخارجية: لن نقبل بأي تدخل في شؤوننا الداخلية\n\nنص الخبر.", "وزير الخارجية")]
    [TestCase("النادي الأهلي: لم نتلق أي خطاب من الاتحاد الدولي\n\nنص الخبر.", "النادي الأهلي")]
    public void The_phrase_before_the_colon_is_the_speaker(string text, string speaker)
    {
        var document = Analysed.Text(text);
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Is.EqualTo(new[] { speaker }), Analysed.Describe(document));
    }

    [TestCase("عاجل: انفجار يهز وسط العاصمة ويوقع عشرات الجرحى\n\nنص الخبر.")]
    [TestCase("شاهد: الأمطار تغرق شوارع المدينة القديمة\n\nنص الخبر.")]
    [TestCase("حوار: آسيا العتروس\n\nنص الحوار.")]
    [TestCase("رسميا: النادي يتعاقد مع مدرب جديد لموسمين\n\nنص الخبر.")]
    [TestCase("كتب: محمد علي\n\nنص الخبر.")]
    public void A_rubric_or_byline_before_the_colon_is_no_speaker(string text)
    {
        var document = Analysed.Text(text);
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }
}
