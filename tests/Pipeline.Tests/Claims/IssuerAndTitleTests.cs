using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// نشر بيانا قال فيه: the publisher of a statement speaks in it; a long title with a rank and a compound
/// name stays whole; "all" after a named subject opens the object. Sentences written for these tests.
/// </summary>
public class IssuerAndTitleTests
{
    [TestCase("ونشرت الوزارة بيانا قالت فيه إن الإصلاحات ستتواصل.", "الوزارة", "إن الإصلاحات ستتواصل")]
    [TestCase("وأصدر الجيش بيانا أكد فيه أن قواته تسيطر على المدينة.", "الجيش", "أن قواته تسيطر على المدينة")]
    public void The_publisher_of_a_statement_speaks_in_it(string sentence, string speaker, string content)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Is.EqualTo(content));
    }

    [TestCase("ورأى المحلل العسكري اللواء المتقاعد فايز الدويري أن المعركة ستطول.", "المحلل العسكري اللواء المتقاعد فايز الدويري")]
    [TestCase("وأوضح الناطق العسكري باسم الجيش السوداني العميد نبيل عبد الله أن القوات صدت هجوما.", "الناطق العسكري باسم الجيش السوداني العميد نبيل عبد الله")]
    public void A_long_title_with_a_rank_and_a_name_is_the_speaker(string sentence, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void All_after_a_named_subject_opens_the_object()
    {
        var (_, claim) = Analysed.Single("ودعت الولايات المتحدة وبريطانيا وفرنسا جميع الأطراف إلى ضبط النفس.", ClaimType.Appeal);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الولايات المتحدة وبريطانيا وفرنسا"));
        Assert.That(claim.Target?.Text, Is.EqualTo("جميع الأطراف"));
    }
}
