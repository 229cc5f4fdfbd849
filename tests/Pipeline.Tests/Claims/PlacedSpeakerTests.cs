using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Where a body or office holder is (في العراق), the institution they sit in (في البرلمان العراقي) and whom
/// representatives stand for (نواب عن المحافظة) belong to the speaker. Sentences written for these tests.
/// </summary>
public class PlacedSpeakerTests
{
    [TestCase("واتهمت نقابة الأطباء في العراق وزارة الصحة بالتنصل من الاتفاق.", ClaimType.Accusation, "نقابة الأطباء في العراق", "وزارة الصحة")]
    [TestCase("ودعا رئيس لجنة الزراعة في البرلمان العراقي الحكومة إلى تدويل ملف المياه.", ClaimType.Appeal, "رئيس لجنة الزراعة في البرلمان العراقي", "الحكومة")]
    [TestCase("ودعا نواب عن المحافظة وزير الداخلية إلى زيارة موقع الهجوم.", ClaimType.Appeal, "نواب عن المحافظة", "وزير الداخلية")]
    [TestCase("ودعت الغرفة الوطنية للتجارة الحكومة إلى الإسراع في رقمنة الجمارك.", ClaimType.Appeal, "الغرفة الوطنية للتجارة", "الحكومة")]
    [TestCase("دعا حزب التجديد الديمقراطي المعارض الحكومة المغربية إلى التدخل.", ClaimType.Appeal, "حزب التجديد الديمقراطي المعارض", "الحكومة المغربية")]
    public void The_placed_speaker_is_whole_and_the_object_follows(string sentence, ClaimType type, string speaker, string target)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }

    [Test]
    public void Where_a_statement_was_made_is_not_the_speaker_s()
    {
        var (_, claim) = Analysed.Single("وقال وزير الخارجية في مؤتمر صحفي إن المفاوضات مستمرة.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("وزير الخارجية"));
    }
}
