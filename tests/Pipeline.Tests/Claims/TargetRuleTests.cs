using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>General Arabic rules for the target: verbs with a required noun, verbal nouns with لـ, verbs taking بـ.</summary>
public class TargetRuleTests
{
    [Test]
    public void Target_of_shanna_hujuman_follows_the_noun_and_its_preposition_even_after_a_comma()
    {
        var (_, claim) = Analysed.Single("شن وزير الداخلية السابق، هجومًا على قيادة الحزب في مؤتمر صحفي.", ClaimType.Condemnation);
        Assert.That(claim.Target?.Text, Does.StartWith("قيادة الحزب"));
    }

    [TestCase("وجدد الحزب انتقاده لإسرائيل بسبب توسيع المستوطنات.", ClaimType.Condemnation, "إسرائيل")]
    public void Verbal_noun_takes_its_object_with_lam(string sentence, ClaimType type, string target)
    {
        var (document, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
        Assert.That(document.Text[claim.Target!.Start..claim.Target.End], Is.EqualTo(target));
    }

    [TestCase("وتهيب الوزارة بجميع المواطنين الالتزام بالتعليمات.", "بجميع المواطنين")]
    [TestCase("وأهابت الشرطة بالسائقين تخفيف السرعة.", "بالسائقين")]
    public void Ahaba_takes_its_addressee_with_ba(string sentence, string target)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Appeal);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }

    [Test]
    public void Fihi_after_the_verb_leaves_the_earlier_subject_and_the_object_after_it()
    {
        var document = Analysed.Text("وأصدرت الوزارة بيانا اتهمت فيه الشركة بالتلاعب في الأسعار.");
        var claim = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزارة"), Analysed.Describe(document));
        Assert.That(claim.Target?.Text, Is.EqualTo("الشركة"));
    }

    [TestCase("وعزت وزارة الكهرباء الانقطاع إلى تقصير الشركة المشغلة للمحطة.", "الشركة")]
    [TestCase("وينسب المحققون الحريق إلى جماعة متطرفة.", "جماعة متطرفة")]
    public void Attribution_verb_blames_the_one_after_ila(string sentence, string target)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }

    [Test]
    public void Speaker_named_again_inside_its_own_statement_is_not_the_target()
    {
        var document = Analysed.Text("وجاء في بيان النادي الذي نشر على موقع التواصل: «يعرب النادي عن استيائه من الظلم الذي تمارسه لجنة الحكام».");
        var claim = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Does.StartWith("لجنة الحكام"), Analysed.Describe(document));
    }

    [Test]
    public void Retyped_claim_finds_its_target_in_the_an_clause_not_in_the_framing()
    {
        var (_, claim) = Analysed.Single("وأكد السفير، في بيان صحفي أصدرته السفارة، أن الخبر الذي نشرته الوكالة الوطنية مفبرك ولا صحة له.", ClaimType.Denial);
        Assert.That(claim.Target?.Text, Does.StartWith("الوكالة الوطنية"));
    }

    [Test]
    public void Direct_speech_is_the_quotation_a_colon_introduces_not_a_quoted_name()
    {
        var (document, claim) = Analysed.Single("وقالت الوزارة على موقع \"فيسبوك\": \"لا صحة لما نشرته صحيفة الأيام عن إغلاق المدارس\".", ClaimType.Denial);
        Assert.That(document.Slice(claim.Quote!.Value), Does.StartWith("لا صحة"));
        Assert.That(claim.Target?.Text, Does.Contain("الأيام"));
    }

    [Test]
    public void Object_pronoun_on_a_cue_verb_points_back_to_the_actor_named_before()
    {
        var (_, claim) = Analysed.Single("وبثت القناة الخاصة برنامجا، اعتبرته الحكومة أكاذيب وافتراءات.", ClaimType.Accusation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الحكومة"));
        Assert.That(claim.Target?.Text, Does.StartWith("القناة"));
    }

    [Test]
    public void Object_pronoun_on_an_appeal_verb_is_the_one_called_on()
    {
        var document = Analysed.Text("وقال الرئيس إن العلاقات جيدة. والتقى الرئيس وزير الخارجية الفرنسي ودعاه إلى زيارة البلاد.");
        var claim = document.Claims.Single(c => c.Type == ClaimType.Appeal);
        Assert.That(claim.Target?.Text, Does.StartWith("وزير الخارجية"), Analysed.Describe(document));
    }

    [Test]
    public void Talaba_min_asks_the_one_after_min()
    {
        var (_, claim) = Analysed.Single("وطلبت الحكومة من السفير الأجنبي مغادرة البلاد خلال يومين.", ClaimType.Appeal);
        Assert.That(claim.Target?.Text, Is.EqualTo("السفير الأجنبي"));
    }

    [Test]
    public void Name_after_a_plural_speech_noun_is_the_accused()
    {
        var (_, claim) = Analysed.Single("وأضاف الحزب أن تصريحات بوعزيزي الأخيرة تضمنت افتراءات على أعضائه.", ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Is.EqualTo("بوعزيزي"));
    }

    [Test]
    public void Feminine_adjective_after_a_plural_speech_noun_is_no_accused()
    {
        var document = Analysed.Text("وأضاف الحزب أن تصريحات صحفية تضمنت افتراءات على أعضائه.");
        Assert.That(document.Claims.Any(c => c.Target?.Text == "صحفية"), Is.False, Analysed.Describe(document));
    }

    [Test]
    public void Refereeing_as_a_body_is_the_accused()
    {
        var (_, claim) = Analysed.Single("وقال مدرب الفريق إن قرارات التحكيم غيّرت نتيجة اللقاء لصالح المنافس.", ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Does.Contain("التحكيم"));
    }
}
