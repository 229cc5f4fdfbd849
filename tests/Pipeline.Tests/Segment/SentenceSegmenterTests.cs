using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Segment;

public class SentenceSegmenterTests
{
    /// <summary>The sentences of <paramref name="text"/> joined with |, after checking their spans and token ranges.</summary>
    private static string Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Segment(text, tokens, QuotePairer.Pair(text));
        SegmentInvariants.Check(text, tokens, sentences);
        return string.Join("|", sentences.Select(s => text.Substring(s.Start, s.End - s.Start)));
    }

    [TestCase("انتهى الاجتماع. وغادر الوزير.", "انتهى الاجتماع.|وغادر الوزير.")]
    [TestCase("انتهى الاجتماع! وغادر الوزير!", "انتهى الاجتماع!|وغادر الوزير!")]
    [TestCase("هل انتهى الاجتماع؟ وغادر الوزير", "هل انتهى الاجتماع؟|وغادر الوزير")]
    [TestCase("Is it over? Yes", "Is it over?|Yes")]
    [TestCase("انتهى الاجتماع… وغادر الوزير", "انتهى الاجتماع…|وغادر الوزير")]
    [TestCase("انتهى الاجتماع... وغادر الوزير", "انتهى الاجتماع...|وغادر الوزير")]
    [TestCase("انتهى الاجتماع۔ وغادر الوزير", "انتهى الاجتماع۔|وغادر الوزير")]
    [TestCase("هل انتهى؟! وغادر الوزير", "هل انتهى؟!|وغادر الوزير")]
    [TestCase("الدولار الواحد.واكد البنك أن الخبر غير صحيح.", "الدولار الواحد.|واكد البنك أن الخبر غير صحيح.")]
    [TestCase("مقابل الدولار الواحد .وذكر البنك", "مقابل الدولار الواحد .|وذكر البنك")]
    public void Each_terminator_ends_a_sentence(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void Arabic_semicolon_does_not_end_a_sentence() =>
        Assert.That(Sentences("قال الوزير إن الوضع خطير؛ مشيرا إلى أن الحل قريب."), Is.EqualTo("قال الوزير إن الوضع خطير؛ مشيرا إلى أن الحل قريب."));

    [TestCase("قال: «الوضع خطير. نحن نرفض» وغادر القاعة. ثم عاد.", "قال: «الوضع خطير. نحن نرفض» وغادر القاعة.|ثم عاد.")]
    [TestCase("قال: \"هل هذا معقول؟ لا\" وغادر. ثم عاد.", "قال: \"هل هذا معقول؟ لا\" وغادر.|ثم عاد.")]
    [TestCase("قال: «نص انتهى.»، مضيفا أن الأمر انتهى. ثم عاد.", "قال: «نص انتهى.»، مضيفا أن الأمر انتهى.|ثم عاد.")]
    [TestCase("قال: “وصفوا ‘الأمر. الخطير’ جدا” وغادر. ثم عاد.", "قال: “وصفوا ‘الأمر. الخطير’ جدا” وغادر.|ثم عاد.")]
    public void No_split_inside_a_quotation(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("وقالت الهيئة: \"سيعلن عنه بشكل رسمي.\" وكانت صحيفة \"الحياة\" قد أشارت.", "وقالت الهيئة: \"سيعلن عنه بشكل رسمي.\"|وكانت صحيفة \"الحياة\" قد أشارت.")]
    [TestCase("وقال: «انتهى الأمر!» وغادر.", "وقال: «انتهى الأمر!»|وغادر.")]
    [TestCase("وقال: «انتهى الأمر.». وغادر.", "وقال: «انتهى الأمر.».|وغادر.")]
    public void Stop_at_the_end_of_a_quotation_ends_the_sentence_after_the_closing_mark(string text, string expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("ارتفع السهم 3.5 في المئة. ثم تراجع.", "ارتفع السهم 3.5 في المئة.|ثم تراجع.")]
    [TestCase("ارتفع السهم ٣٫٥ في المئة. ثم تراجع.", "ارتفع السهم ٣٫٥ في المئة.|ثم تراجع.")]
    [TestCase("ارتفع السهم ٣.٥ في المئة. ثم تراجع.", "ارتفع السهم ٣.٥ في المئة.|ثم تراجع.")]
    [TestCase("بلغ 1,000.25 دولار. ثم تراجع.", "بلغ 1,000.25 دولار.|ثم تراجع.")]
    public void Decimal_point_does_not_end_a_sentence(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("قال د. محمد علي إن الوضع خطير.")]
    [TestCase("قال أ. د. أحمد حسن إن الوضع خطير.")]
    [TestCase("قال م. خالد إن الوضع خطير.")]
    [TestCase("قال محافظ البنك د.فاروق العقدة إن الوضع خطير.")]
    [TestCase("يقع في ص.ب 123 بالرياض.")]
    [TestCase("أعلنت U.S. Army أن الوضع خطير.")]
    [TestCase("قال Dr. Smith إن الوضع خطير.")]
    public void Abbreviation_does_not_end_a_sentence(string text) => Assert.That(Sentences(text), Is.EqualTo(text));

    [Test]
    public void Era_mark_after_a_year_still_ends_a_sentence() =>
        Assert.That(Sentences("ولد عام 1950م. وتوفي عام 1445هـ. ودفن"), Is.EqualTo("ولد عام 1950م.|وتوفي عام 1445هـ.|ودفن"));

    [TestCase("زوروا الموقع www.example.com/news?id=5 للمزيد. ثم عاد.", "زوروا الموقع www.example.com/news?id=5 للمزيد.|ثم عاد.")]
    [TestCase("راسلونا على info@site.com للمزيد. ثم عاد.", "راسلونا على info@site.com للمزيد.|ثم عاد.")]
    [TestCase("الرابط https://x.com/a.html?b=1!c للمزيد", "الرابط https://x.com/a.html?b=1!c للمزيد")]
    [TestCase("زوروا example.com. ثم عاد.", "زوروا example.com.|ثم عاد.")]
    public void Web_and_mail_addresses_do_not_end_a_sentence(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("البنود هي:\n1. الأول\n2. الثاني", "البنود هي:|1. الأول|2. الثاني")]
    [TestCase("١. البند الأول\n٢. البند الثاني", "١. البند الأول|٢. البند الثاني")]
    public void List_number_at_line_start_does_not_end_a_sentence(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("العنوان\nالفقرة الأولى بلا نقطة\r\nالفقرة الثانية.", "العنوان|الفقرة الأولى بلا نقطة|الفقرة الثانية.")]
    [TestCase("  الفقرة الأولى  \n\n\n  الفقرة الثانية  ", "الفقرة الأولى|الفقرة الثانية")]
    [TestCase("الفقرة الأولى\u2029الفقرة الثانية", "الفقرة الأولى|الفقرة الثانية")]
    public void Paragraph_break_ends_a_sentence(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("قال: «الفقرة الأولى.\nالفقرة الثانية» ثم غادر.", "قال: «الفقرة الأولى.\nالفقرة الثانية» ثم غادر.")]
    [TestCase("قال: «الفقرة الأولى\nالفقرة الثانية» ثم غادر\nوعاد", "قال: «الفقرة الأولى\nالفقرة الثانية» ثم غادر|وعاد")]
    public void Quotation_spanning_paragraphs_keeps_the_sentence_going(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void Unclosed_statement_ends_with_its_paragraph() =>
        Assert.That(Sentences("وقال الوزير: «نحن نرفض. هذا كذب\nوفي سياق آخر."), Is.EqualTo("وقال الوزير: «نحن نرفض. هذا كذب|وفي سياق آخر."));

    [TestCase("(انتهى الاجتماع.) ثم غادر.", "(انتهى الاجتماع.)|ثم غادر.")]
    [TestCase("...وأضاف الوزير. ثم غادر.", "...وأضاف الوزير.|ثم غادر.")]
    [TestCase("انتهى الاجتماع. «فيفا» ترد.", "انتهى الاجتماع.|«فيفا» ترد.")]
    [TestCase("قال إن الأمر خطير.\" وغادر.", "قال إن الأمر خطير.\"|وغادر.")]
    public void Closing_bracket_stays_and_opening_mark_moves_on(string text, string expected) => Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   \n\t ")]
    public void Empty_input_gives_no_sentences(string text) => Assert.That(Sentences(text), Is.Empty);

    [Test]
    public void Sentence_spans_agree_with_their_tokens()
    {
        const string text = "  قال د. محمد: «الوضع خطير. جدا» أمس.\nوأضاف أن السهم ارتفع 3.5%؟!  ";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Segment(text, tokens, QuotePairer.Pair(text));
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(text.Substring(sentences[0].Start, sentences[0].End - sentences[0].Start), Is.EqualTo("قال د. محمد: «الوضع خطير. جدا» أمس."));
        Assert.That(text.Substring(sentences[1].Start, sentences[1].End - sentences[1].Start), Is.EqualTo("وأضاف أن السهم ارتفع 3.5%؟!"));
        Assert.That(sentences[0].FirstToken, Is.EqualTo(0));
        Assert.That(sentences[1].FirstToken, Is.EqualTo(sentences[0].EndToken));
        Assert.That(sentences[1].EndToken, Is.EqualTo(tokens.Count));
        Assert.That(tokens[sentences[1].FirstToken].Text, Is.EqualTo("وأضاف"));
    }
}
