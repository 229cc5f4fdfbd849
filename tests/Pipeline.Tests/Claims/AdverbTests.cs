using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A manner or time adverb, or a bracketed apposition, between the subject and the object is neither
/// what was said nor whom it concerns. Sentences written for these tests.
/// </summary>
public class AdverbTests
{
    [TestCase("شجبت وزارة الخارجية التركية بشدة الاعتداء على السفارة.", ClaimType.Condemnation, "الاعتداء على السفارة")]
    [TestCase("أدانت الحكومة الأردنية بأشد العبارات الهجوم على المدنيين.", ClaimType.Condemnation, "الهجوم على المدنيين")]
    [TestCase("ونفت الشركة مجددا وجود أي تسريب للبيانات.", ClaimType.Denial, "وجود أي تسريب للبيانات")]
    [TestCase("واتهمت المعارضة أمس الحكومة بتزوير الانتخابات.", ClaimType.Accusation, "الحكومة بتزوير الانتخابات")]
    [TestCase("ونفى الناطق باسم الحكومة جملة وتفصيلا ما نشرته الصحيفة.", ClaimType.Denial, "ما نشرته الصحيفة")]
    [TestCase("وأدان مجلس الأمن الدولي بالإجماع الهجوم على قوات حفظ السلام.", ClaimType.Condemnation, "الهجوم على قوات حفظ السلام")]
    [TestCase("ونفت وزارة الدفاع الأمريكية (البنتاغون) التقارير عن سحب قواتها.", ClaimType.Denial, "التقارير عن سحب قواتها")]
    public void Content_starts_after_the_adverb(string sentence, ClaimType type, string content)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Is.EqualTo(content), Analysed.Describe(document));
    }

    [TestCase("وأدان مجلس الأمن الدولي بالإجماع الهجوم على قوات حفظ السلام.", "الهجوم")]
    [TestCase("شجبت وزارة الخارجية التركية بشدة الاعتداء على السفارة.", "الاعتداء")]
    public void The_condemned_act_after_the_adverb_is_the_target(string sentence, string target)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Condemnation);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }

    [Test]
    public void A_bracketed_apposition_is_not_the_target()
    {
        var (_, claim) = Analysed.Single("ونفت وزارة الدفاع الأمريكية (البنتاغون) التقارير عن سحب قواتها.", ClaimType.Denial);
        Assert.That(claim.Target, Is.Null);
    }

    [Test]
    public void A_word_that_only_looks_like_an_adverb_at_the_end_is_kept()
    {
        var (document, claim) = Analysed.Single("وقال الوزير إن الحكومة ستتحرك بقوة.", ClaimType.Statement);
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Does.EndWith("بقوة"));
    }

    [Test]
    public void A_setting_with_a_pronoun_between_subject_and_object_is_skipped_for_the_target()
    {
        var (document, claim) = Analysed.Single("واتهمت الوزارة في بيانها جهات خارجية بالوقوف وراء الاحتجاجات.", ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Is.EqualTo("جهات خارجية"));
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Does.StartWith("جهات خارجية"));
    }

    [TestCase("وقال الوزير في مؤتمر صحفي ببغداد إن المستحقات ستصرف قريبا.", "إن المستحقات ستصرف قريبا")]
    [TestCase("وأكدت الفنانة في منشورها على أن حياتها الشخصية ليست شأنا عاما.", "أن حياتها الشخصية ليست شأنا عاما")]
    public void Content_after_a_setting_starts_at_the_complementiser(string sentence, string content)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Is.EqualTo(content));
    }
}
