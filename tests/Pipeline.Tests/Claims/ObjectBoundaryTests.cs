using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>Where the subject after a claim verb ends and its object begins.</summary>
public class ObjectBoundaryTests
{
    [TestCase("واتهمت موسكو واشنطن بالوقوف وراء الهجوم.", ClaimType.Accusation, "موسكو", "واشنطن")]
    [TestCase("ويتهم ناشطون السلطات بقمع المتظاهرين السلميين.", ClaimType.Accusation, "ناشطون", "السلطات")]
    [TestCase("وحث وزير الخارجية الأمريكي نظيره الروسي على العودة إلى طاولة المفاوضات.", ClaimType.Appeal, "وزير الخارجية الأمريكي", "نظيره الروسي")]
    public void The_object_after_the_subject_is_the_target(string sentence, ClaimType type, string speaker, string target)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
        Assert.That(claim.Target?.Text, Is.EqualTo(target), Analysed.Describe(document));
    }

    [TestCase("فيما نفى الجيش الإسرائيلي مسؤوليته عن الحادث.", ClaimType.Denial, "الجيش الإسرائيلي")]
    [TestCase("بينما نفت الشركة وجود أي خلل في أنظمتها.", ClaimType.Denial, "الشركة")]
    [TestCase("ونفى مصدر مسؤول في وزارة الداخلية ما تداولته مواقع التواصل الاجتماعي.", ClaimType.Denial, "مصدر مسؤول في وزارة الداخلية")]
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
}
