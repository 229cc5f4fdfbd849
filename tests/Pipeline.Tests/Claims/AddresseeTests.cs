using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Who was told (قال الوزير لوكالة …، صرّح لصحيفة …) is neither part of the speaker nor of what was said,
/// and a source's verb (بحسب ما نقلت وكالة …) is not part of its speaker.
/// </summary>
public class AddresseeTests
{
    [TestCase("وقال المتحدث باسم الوزارة لوكالة فرانس برس إن المفاوضات ما زالت مستمرة.", "المتحدث باسم الوزارة", "المفاوضات ما زالت مستمرة")]
    [TestCase("وأكد الوزير لقناة الجزيرة أن الحكومة لن تتراجع عن قرارها.", "الوزير", "الحكومة لن تتراجع عن قرارها")]
    [TestCase("وقال الخبير الاقتصادي سامر حداد لصحيفة الشرق إن الأسعار سترتفع.", "الخبير الاقتصادي سامر حداد", "الأسعار سترتفع")]
    [TestCase("وقال مصدر أمني لـ«الشرق الأوسط» إن قوات الأمن اعتقلت ثلاثة مشتبه بهم.", "مصدر أمني", "قوات الأمن اعتقلت ثلاثة مشتبه بهم")]
    [TestCase("وقال المتحدث لرويترز إن الشركة ستستأنف الإنتاج قريبا.", "المتحدث", "الشركة ستستأنف الإنتاج قريبا")]
    [TestCase("وأوضحت الوزارة في بيان أن الإجراءات الجديدة ستطبق من الشهر المقبل.", "الوزارة", "الإجراءات الجديدة ستطبق من الشهر المقبل")]
    [TestCase("أكد وزير الخارجية سامح شكري، اليوم الأحد، أن مصر ترفض أي تدخل في شؤونها.", "وزير الخارجية سامح شكري", "مصر ترفض أي تدخل في شؤونها")]
    public void The_outlet_told_is_neither_speaker_nor_content(string sentence, string speaker, string said)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(document.Slice(claim.Quote!.Value), Is.EqualTo(said));
        Assert.That(document.Slice(claim.Content!.Value), Does.Not.StartWith("ل"));
    }

    [Test]
    public void Secretary_general_of_a_body_keeps_its_complement()
    {
        var (_, claim) = Analysed.Single("وقال الأمين العام للأمم المتحدة إن الوضع الإنساني كارثي.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الأمين العام للأمم المتحدة"));
    }

    [TestCase("وبحسب ما نقلت وكالة رويترز فإن الاجتماع تأجل إلى الأسبوع المقبل.", "وكالة رويترز")]
    [TestCase("ارتفعت أسعار الوقود بنسبة عشرة في المئة، وفقا لما ذكرته صحيفة الأهرام.", "صحيفة الأهرام")]
    public void A_source_phrase_on_ma_and_a_verb_takes_the_verbs_subject(string sentence, string speaker)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Has.Member(speaker), Analysed.Describe(document));
    }

    [Test]
    public void An_official_in_a_named_body_is_one_speaker_with_its_country_and_the_anonymity_aside_is_no_claim()
    {
        var document = Analysed.Text("وصرح مسؤول في الخارجية الأمريكية، طلب عدم الكشف عن هويته، بأن واشنطن تدرس خيارات عدة.");
        var claim = document.Claims.Single();
        Assert.That(claim.Type, Is.EqualTo(ClaimType.Statement), Analysed.Describe(document));
        Assert.That(claim.Speaker.Text, Is.EqualTo("مسؤول في الخارجية الأمريكية"));
        Assert.That(claim.Speaker.Country, Is.EqualTo("USA"));
        Assert.That(document.Slice(claim.Quote!.Value), Is.EqualTo("واشنطن تدرس خيارات عدة"));
    }

    [TestCase("وندد الاتحاد الأوروبي بما وصفه بالانتهاكات المتكررة لحقوق الإنسان.", "بالانتهاكات")]
    [TestCase("وأدانت الجامعة العربية ما اعتبرته عدوانا على سيادة الدولة.", "عدوانا")]
    public void What_the_speaker_called_it_is_the_target_of_a_condemnation(string sentence, string target)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Condemnation);
        Assert.That(claim.Target?.Text, Does.StartWith(target));
    }

    [TestCase("وتبنى تنظيم داعش الهجوم في بيان نشره على حساباته.", ClaimType.Responsibility, "تنظيم داعش", null)]
    [TestCase("وحمّلت حركة حماس إسرائيل المسؤولية الكاملة عن التصعيد الأخير.", ClaimType.Accusation, "حركة حماس", "إسرائيل")]
    [TestCase("وأعلنت حركة حماس الفلسطينية رفضها للمقترح الجديد.", ClaimType.Statement, "حركة حماس الفلسطينية", null)]
    public void A_definite_noun_after_a_bare_known_name_is_the_object_unless_it_describes_the_name(string sentence, ClaimType type, string speaker, string? target)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker), Analysed.Describe(document));
        if (target is not null) Assert.That(claim.Target?.Text, Is.EqualTo(target), Analysed.Describe(document));
    }

    [TestCase("ونفت الشركة في بيان صحة هذه الأنباء.", ClaimType.Denial, "صحة هذه الأنباء")]
    [TestCase("وأدانت الخارجية المصرية، في بيان، الاعتداء على البعثة الدبلوماسية.", ClaimType.Condemnation, "الاعتداء على البعثة الدبلوماسية")]
    [TestCase("ونفى الاتحاد في بيان نشره على موقعه ما تردد عن استقالة رئيسه.", ClaimType.Denial, "في بيان نشره على موقعه ما تردد عن استقالة رئيسه")]
    public void Where_it_was_said_is_left_out_of_what_was_said(string sentence, ClaimType type, string content)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(document.Slice(claim.Content!.Value), Is.EqualTo(content), Analysed.Describe(document));
    }

    [TestCase("ونفت الشركة في بيان")]
    [TestCase("ونفت الشركة في بيان رسمي")]
    [TestCase("وقال المتحدث لوكالة")]
    public void An_aside_at_the_very_end_of_the_text_is_analysed_without_failing(string text)
    {
        Assert.That(() => Analysed.Text(text), Throws.Nothing);
    }
}
