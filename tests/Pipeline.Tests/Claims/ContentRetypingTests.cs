using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>A speech verb whose content is itself a denial, accusation … is retyped by its content (models/content-cues.tsv).</summary>
public class ContentRetypingTests
{
    [TestCase("وقال وزير الإعلام: لا صحة لما تردد عن استقالة الحكومة.", ClaimType.Denial)]
    [TestCase("وأكدت الحكومة أن الاتهامات الموجهة إليها لا أساس لها من الصحة.", ClaimType.Denial)]
    [TestCase("وأكد المدرب أن ما نشر عن رحيله لا يمت للحقيقة بصلة.", ClaimType.Denial)]
    [TestCase("وقال الاتحاد إنه يود تصحيح المعلومات المغلوطة التي نشرتها بعض المواقع.", ClaimType.Denial)]
    public void Speech_verb_with_denying_content_becomes_a_denial(string sentence, ClaimType type)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Construction, Does.EndWith("+content"));
        Assert.That(claim.CueLemma, Is.AnyOf("قال", "أكد"));
        Assert.That(document.Claims.Any(c => c.Type == ClaimType.Statement), Is.False, "the retyped claim replaces the statement");
    }

    [TestCase("وقال وزير الخارجية: «ندين بشدة استهداف المدنيين في غزة».", ClaimType.Condemnation)]
    [TestCase("وجاء في بيان الاتحاد: «تعرب النقابة عن استيائها وإدانتها الشديدة لما تعرض له العمال من اعتداء».", ClaimType.Condemnation)]
    [TestCase("وقال رئيس الوزراء: «نطالب المجتمع الدولي بالتحرك فورا لوقف الحرب».", ClaimType.Appeal)]
    [TestCase("وقالت النقابة إن الحكومة تتحمل المسؤولية الكاملة عن انهيار الخدمات.", ClaimType.Accusation)]
    [TestCase("وقال الوزير إن ما نشرته الصحيفة مجرد افتراءات لا أساس لها.", ClaimType.Denial)]
    [TestCase("وقال المتحدث إن الميليشيا ارتكبت جرائم بحق المدنيين في القرية.", ClaimType.Accusation)]
    [TestCase("وأضافت الوزارة أن السفارة الأجنبية تورطت في عمليات تجسس على مؤسسات الدولة.", ClaimType.Accusation)]
    [TestCase("وقال رئيس الحزب إن الحكومة تدخلت في تغيير نتيجة الانتخابات البلدية.", ClaimType.Accusation)]
    [TestCase("وأضاف المدرب: «الطرد غير صحيح، والحكم غيّر نتيجة اللقاء».", ClaimType.Accusation)]
    [TestCase("وقالت المعارضة إن الحكومة جندت مجرمين مأجورين لقمع المتظاهرين.", ClaimType.Accusation)]
    public void Speech_verb_is_retyped_by_what_its_content_says(string sentence, ClaimType type)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Construction, Does.EndWith("+content"));
    }

    [Test]
    public void Retyped_accusation_names_the_accused_in_its_content()
    {
        var (_, claim) = Analysed.Single("وقال المتحدث إن إسرائيل تتحمل المسؤولية الكاملة عن التصعيد الأخير.", ClaimType.Accusation);
        Assert.That(claim.Target?.Canonical, Is.EqualTo("إسرائيل"));
    }

    [Test]
    public void Retyped_accusation_target_is_only_the_accused()
    {
        var (_, claim) = Analysed.Single("وقال المتحدث إن إسرائيل تتحمل المسؤولية الكاملة عن التصعيد الأخير.", ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Is.EqualTo("إسرائيل"));
    }

    [Test]
    public void Wrongdoer_word_with_the_article_does_not_make_an_accusation()
    {
        var (_, claim) = Analysed.Single("وقال مدير الأمن إن الشرطة تعمل مع السكان لتحديد المجرمين الفارين.", ClaimType.Statement);
        Assert.That(claim.Construction, Does.Not.EndWith("+content"));
    }

    [Test]
    public void Speaker_named_again_by_its_head_noun_is_not_the_accused()
    {
        var document = Analysed.Text("وقال نادي الهلال إن إدارة النادي تعرضت لتلاعب واضح في قرارات التحكيم.");
        Assert.That(document.Claims.Any(c => c.Type == ClaimType.Accusation && c.Target?.Text.EndsWith("النادي") == true), Is.False, Analysed.Describe(document));
    }

    [Test]
    public void Injustice_in_general_with_the_article_accuses_no_one()
    {
        var document = Analysed.Text("وقال رئيس النادي: «لن نقبل الظلم بعد اليوم، وسنلجأ إلى الاتحاد الدولي».");
        Assert.That(document.Claims.Any(c => c.Type == ClaimType.Accusation), Is.False, Analysed.Describe(document));
    }

    [Test]
    public void Plain_statement_keeps_its_type()
    {
        var (_, claim) = Analysed.Single("وقال وزير الطاقة إن إنتاج النفط سيرتفع العام المقبل.", ClaimType.Statement);
        Assert.That(claim.Construction, Does.Not.EndWith("+content"));
    }

    [Test]
    public void Speaker_survives_retyping()
    {
        var (_, claim) = Analysed.Single("وقال وزير الإعلام: لا صحة لما تردد عن استقالة الحكومة.", ClaimType.Denial);
        Assert.That(claim.Speaker.Text, Is.EqualTo("وزير الإعلام"));
    }
}
