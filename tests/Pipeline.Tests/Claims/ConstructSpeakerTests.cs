using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A speaker in a construct chain (وكيل أعمال اللاعب، غرفة تجارة المدينة) or close to someone (مصادر مقربة من
/// الفنان) stays whole; an anonymous source's بدون الكشف عن اسمه is an aside. Sentences written for these tests.
/// </summary>
public class ConstructSpeakerTests
{
    [TestCase("ونفى وكيل أعمال اللاعب وجود أي مفاوضات مع أندية أوروبية.", ClaimType.Denial, "وكيل أعمال اللاعب")]
    [TestCase("وطالبت غرفة تجارة المدينة الجهات المختصة بتعزيز الحماية.", ClaimType.Appeal, "غرفة تجارة المدينة")]
    [TestCase("وأكدت مصادر مقربة من الفنان أن حالته الصحية مستقرة.", ClaimType.Statement, "مصادر مقربة من الفنان")]
    public void The_whole_construct_is_the_speaker(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void Two_name_words_still_end_before_a_definite_object()
    {
        var (_, claim) = Analysed.Single("وانتقد الرئيس جو بايدن السلطات الصينية بشدة.", ClaimType.Condemnation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الرئيس جو بايدن"));
    }

    [Test]
    public void Without_giving_a_name_is_an_aside_of_an_anonymous_source()
    {
        var (document, claim) = Analysed.Single("وقال مسؤول أمريكي بدون الكشف عن اسمه إن المفاوضات متعثرة.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("مسؤول أمريكي"));
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Is.EqualTo("إن المفاوضات متعثرة"));
    }

    [TestCase("ورجح خبراء اقتصاديون ارتفاع الأسعار خلال الأشهر المقبلة.", "خبراء اقتصاديون")]
    [TestCase("وأكد مسؤولون كبار أن المفاوضات ستستأنف قريبا.", "مسؤولون كبار")]
    public void A_sound_plural_adjective_in_un_ends_the_speaker_unless_a_plural_adjective_follows(string sentence, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }
}
