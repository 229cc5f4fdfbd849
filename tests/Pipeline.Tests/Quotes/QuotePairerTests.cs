using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Quotes;

public class QuotePairerTests
{
    /// <summary>The inner texts of the quotations, joined with |, after checking every span's offsets.</summary>
    private static string Inners(string text, QuoteLimits? limits = null)
    {
        var quotations = QuotePairer.Pair(text, limits);
        foreach (var q in quotations) AssertSpans(text, q);
        return string.Join("|", quotations.Select(q => text.Substring(q.Inner.Start, q.Inner.End - q.Inner.Start)));
    }

    private static void AssertSpans(string text, Quotation q)
    {
        Assert.That(q.Open.Length, Is.EqualTo(1));
        Assert.That(Tokenizer.IsQuoteMark(text[q.Open.Start]), Is.True, $"open {q.Open} is not a quotation mark");
        Assert.That(q.Close.Length, Is.LessThanOrEqualTo(1));
        if (q.Close.Length == 1) Assert.That(Tokenizer.IsQuoteMark(text[q.Close.Start]), Is.True, $"close {q.Close} is not a quotation mark");
        Assert.That(q.Inner.Length, Is.GreaterThan(0));
        Assert.That(text.Substring(q.Outer.Start, q.Outer.End - q.Outer.Start), Is.EqualTo(text[q.Open.Start] + text.Substring(q.Inner.Start, q.Inner.Length) + text.Substring(q.Close.Start, q.Close.Length)));
    }

    [TestCase("قال: «نص الخبر» أمس")]
    [TestCase("قال: “نص الخبر” أمس")]
    [TestCase("قال: \"نص الخبر\" أمس")]
    [TestCase("قال: ‘نص الخبر’ أمس")]
    [TestCase("قال: „نص الخبر“ أمس")]
    [TestCase("قال: ‹نص الخبر› أمس")]
    [TestCase("قال: ＂نص الخبر＂ أمس")]
    [TestCase("قال: 'نص الخبر' أمس")]
    [TestCase("قال: `نص الخبر` أمس")]
    [TestCase("قال: ‛نص الخبر’ أمس")]
    public void Each_quotation_style_pairs(string text) => Assert.That(Inners(text), Is.EqualTo("نص الخبر"));

    [Test]
    public void Every_tokenizer_quote_mark_pairs_with_itself()
    {
        foreach (char mark in Tokenizer.QuoteMarks)
            Assert.That(Inners($"قال: {mark}نص{mark} أمس"), Is.EqualTo("نص"), $"mark U+{(int)mark:X4}");
    }

    [TestCase("اتهم بايدن الصين بـ”حماية” منفذي الهجمات", "حماية")]
    [TestCase("مجموعة “ايه بي تي 40″ الصينية", "ايه بي تي 40")]
    [TestCase("وقال البيان إن ”ما يتم نشره عار عن الصحة“.", "ما يتم نشره عار عن الصحة")]
    [TestCase("وذكر البنك في بيان :» ان الخبر غير صحيح».", " ان الخبر غير صحيح")]
    [TestCase("قال: «نص الخبر\" أمس", "نص الخبر")]
    [TestCase("قال نور ل«المصرى اليوم» إن الخبر كاذب", "المصرى اليوم")]
    [TestCase("وصف الخسارة بـ\"ضحية صافرة ظالمة\"، بحسب وصفه", "ضحية صافرة ظالمة")]
    [TestCase("مزاعم “لا أساس لها” و”من دون أدلة”.", "لا أساس لها|من دون أدلة")]
    [TestCase("في مسلسلي «الرحايا» و«ماتخافوش» هذا العام", "الرحايا|ماتخافوش")]
    public void Reversed_and_mismatched_marks_pair(string text, string expected) => Assert.That(Inners(text), Is.EqualTo(expected));

    [TestCase("حجبت خدمة \"واتس أب\" و\"فايبر\" و\"تويتر\" أمس", "واتس أب|فايبر|تويتر")]
    [TestCase("قال \"نعم\" ثم قال \"لا\".", "نعم|لا")]
    public void Straight_quotes_toggle(string text, string expected) => Assert.That(Inners(text), Is.EqualTo(expected));

    [TestCase("قال: “وصفوا الأمر بأنه ‘خطير’ جدا”.", "وصفوا الأمر بأنه ‘خطير’ جدا", 0)]
    [TestCase("قال: “وصفوا الأمر بأنه ‘خطير’ جدا”.", "خطير", 1)]
    [TestCase("قال: «وصفوا الأمر بأنه \"خطير\" جدا».", "خطير", 1)]
    [TestCase("قال: «“‘نص’”».", "“‘نص’”", 0)]
    [TestCase("قال: «“‘نص’”».", "‘نص’", 1)]
    [TestCase("قال: «“‘نص’”».", "نص", 2)]
    public void Nested_quote_depth_counts_the_quotes_around_it(string text, string inner, int depth)
    {
        var quotations = QuotePairer.Pair(text);
        var q = quotations.Single(x => text.Substring(x.Inner.Start, x.Inner.Length) == inner);
        Assert.That(q.Depth, Is.EqualTo(depth));
    }

    [TestCase("قال: «الوضع خطير. نحن نرفض ذلك! ماذا بعد؟» ثم غادر.", "الوضع خطير. نحن نرفض ذلك! ماذا بعد؟")]
    [TestCase("قال: «الفقرة الأولى.\nالفقرة الثانية.» ثم غادر.", "الفقرة الأولى.\nالفقرة الثانية.")]
    public void Quote_spans_sentences_and_paragraphs(string text, string expected) => Assert.That(Inners(text), Is.EqualTo(expected));

    [TestCase("قال إن \"الوضع خطير ثم غادر.")]
    [TestCase("الوضع خطير» ثم غادر.")]
    [TestCase("قال إن “الوضع خطير ثم غادر.")]
    [TestCase("ذكر \"مصدر\nالفقرة الثانية\nالفقرة الثالثة\nالفقرة الرابعة انتهى\" أمس")]
    [TestCase("قال \"\" أمس")]
    [TestCase("قال \" \" أمس")]
    public void Unmatched_mark_is_left_unpaired(string text) => Assert.That(Inners(text), Is.Empty);

    [Test]
    public void Quote_longer_than_the_limit_is_left_unpaired()
    {
        string text = "ذكر \"مصدر " + string.Concat(Enumerable.Repeat("كلام كثير ", 200)) + "انتهى\" أمس";
        Assert.That(Inners(text), Is.Empty);
        Assert.That(Inners(text, new QuoteLimits { MaxChars = 5000 }), Does.StartWith("مصدر"));
    }

    [Test]
    public void Unclosed_statement_closes_at_its_paragraph_end()
    {
        const string text = "وقال الوزير: «نحن نرفض هذه الاتهامات جملة وتفصيلا \nوفي سياق آخر، التقى الوزير نظيره.";
        var q = QuotePairer.Pair(text).Single();
        Assert.That(q.Inner.Of(text), Is.EqualTo("نحن نرفض هذه الاتهامات جملة وتفصيلا"));
        Assert.That(q.Close.IsEmpty, Is.True);
        Assert.That(q.Close.Start, Is.EqualTo(text.IndexOf(" \n", StringComparison.Ordinal)));
    }

    [Test]
    public void Opening_mark_repeated_on_the_next_paragraph_ends_the_earlier_quote() =>
        Assert.That(Inners("قال: «الفقرة الأولى\n«الفقرة الثانية» وانتهى"), Is.EqualTo("الفقرة الأولى|الفقرة الثانية"));

    [TestCase("وقال O'Brien إن 'الخطة' جيدة", "الخطة")]
    [TestCase("كتب don't و don’t في 'المقال'", "المقال")]
    [TestCase("قال O'Brien و McDonald's أمس", "")]
    public void Apostrophe_inside_a_Latin_word_is_not_a_quote(string text, string expected) => Assert.That(Inners(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   \n ")]
    [TestCase("نص بلا علامات تنصيص.")]
    public void Text_without_quotes_gives_none(string text) => Assert.That(QuotePairer.Pair(text), Is.Empty);

    [Test]
    public void Invalid_limits_are_rejected_with_the_setting_name() =>
        Assert.That(() => QuotePairer.Pair("نص", new QuoteLimits { MaxParagraphs = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxParagraphs"));
}
