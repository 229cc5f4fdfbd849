using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>Where the subject after a claim verb ends and its object begins.</summary>
public class ObjectBoundaryTests
{
    [TestCase("واتهمت موسكو واشنطن بالوقوف وراء الهجوم.", ClaimType.Accusation, "موسكو", "واشنطن")]
    [TestCase("ويتهم ناشطون السلطات بقمع المتظاهرين السلميين.", ClaimType.Accusation, "ناشطون", "السلطات")]
    [TestCase("وحث وزير الخارجية الأمريكي نظيره الروسي على العودة إلى طاولة المفاوضات.", ClaimType.Appeal, "وزير الخارجية الأمريكي", "نظيره الروسي")]
    [TestCase("واتهمت منظمات حقوقية قوات الأمن باستخدام القوة المفرطة.", ClaimType.Accusation, "منظمات حقوقية", "قوات الأمن")]
    [TestCase("واتهم رئيس الوزراء الإثيوبي آبي أحمد مصر بعرقلة المفاوضات.", ClaimType.Accusation, "رئيس الوزراء الإثيوبي آبي أحمد", "مصر")]
    [TestCase("واتهم ماجد أحمد مصر بعرقلة المفاوضات.", ClaimType.Accusation, "ماجد أحمد", "مصر")]
    public void The_object_after_the_subject_is_the_target(string sentence, ClaimType type, string speaker, string target)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
        Assert.That(claim.Target?.Text, Is.EqualTo(target), Analysed.Describe(document));
    }

    [TestCase("فيما نفى الجيش الإسرائيلي مسؤوليته عن الحادث.", ClaimType.Denial, "الجيش الإسرائيلي")]
    [TestCase("بينما نفت الشركة وجود أي خلل في أنظمتها.", ClaimType.Denial, "الشركة")]
    [TestCase("وحسبما أفاد شهود عيان فإن القصف استهدف حيا سكنيا.", ClaimType.Statement, "شهود عيان")]
    [TestCase("ونفى مصدر مسؤول في وزارة الداخلية ما تداولته مواقع التواصل الاجتماعي.", ClaimType.Denial, "مصدر مسؤول في وزارة الداخلية")]
    [TestCase("ونفت مصادر في الرئاسة الفلسطينية ما أوردته القناة.", ClaimType.Denial, "مصادر في الرئاسة الفلسطينية")]
    public void The_subject_is_neither_a_conjunction_nor_cut_before_the_body_it_speaks_for(string sentence, ClaimType type, string speaker)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
    }

    [Test]
    public void A_name_ending_like_a_plural_keeps_its_surname()
    {
        var (document, claim) = Analysed.Single("وقال هارون الرشيدي إن المشروع سيكتمل قريبا.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("هارون الرشيدي"), Analysed.Describe(document));
    }

    [TestCase("ونقلت الوكالة عن المتحدث باسم الخارجية قوله إن الاجتماع سيعقد الأسبوع المقبل.", "المتحدث باسم الخارجية", "الاجتماع سيعقد الأسبوع المقبل")]
    [TestCase("ونقلت الصحيفة عن مصدر أمني قوله إن التحقيقات مستمرة.", "مصدر أمني", "التحقيقات مستمرة")]
    public void A_saying_reported_from_someone_is_their_statement(string sentence, string speaker, string said)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
        Assert.That(document.Slice(claim.Quote!.Value), Is.EqualTo(said));
    }

    [Test]
    public void Expressing_condemnation_is_one_claim()
    {
        var document = Analysed.Text("وأعربت الخارجية الأردنية عن إدانتها الشديدة للهجوم.");
        Assert.That(document.Claims, Has.Count.EqualTo(1), Analysed.Describe(document));
        Assert.That(document.Claims[0].Type, Is.EqualTo(ClaimType.Condemnation));
        Assert.That(document.Claims[0].Speaker.Text, Is.EqualTo("الخارجية الأردنية"));
    }

    [Test]
    public void Each_of_two_states_is_one_speaker()
    {
        var (document, claim) = Analysed.Single("ودانت كل من السعودية والإمارات الهجوم على الناقلة.", ClaimType.Condemnation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("السعودية والإمارات"), Analysed.Describe(document));
    }

    [TestCase("«لن نسمح بذلك أبدا»، قال الوزير للصحفيين.", "الوزير", "لن نسمح بذلك أبدا")]
    [TestCase("\"الوضع تحت السيطرة\"، قالت الشرطة.", "الشرطة", "الوضع تحت السيطرة")]
    public void A_quotation_before_the_verb_is_what_its_speaker_said(string sentence, string speaker, string said)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
        Assert.That(document.Slice(claim.Quote!.Value), Is.EqualTo(said));
        Assert.That(claim.QuoteDirect, Is.True);
    }
}
