using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>وأضاف، وتابع، مشيرا: a continuation speaks with the voice of the earlier speaker.</summary>
public class ContinuationTests
{
    [Test]
    public void Continuation_in_the_next_sentence_takes_the_earlier_speaker()
    {
        var document = Analysed.Text("وقال الوزير إن المفاوضات ستستمر. وأضاف أن الجولة المقبلة ستعقد في جنيف الشهر المقبل.");
        var added = document.Claims.Single(c => document.Slice(c.Cue) == "وأضاف");
        Assert.That(added.Construction, Is.EqualTo("continuation"));
        Assert.That(added.Speaker.Text, Is.EqualTo("الوزير"));
        Assert.That(document.Slice(added.Content!.Value), Does.Contain("جنيف"));
    }

    [Test]
    public void Continuation_in_the_next_paragraph_takes_the_earlier_speaker()
    {
        var document = Analysed.Text("قال وزير الخارجية الأمريكي إن بلاده لن تتراجع عن العقوبات.\n\nوأضاف أن واشنطن تدرس خيارات أخرى مع حلفائها.");
        var added = document.Claims.Single(c => document.Slice(c.Cue) == "وأضاف");
        Assert.That(added.Speaker.Text, Is.EqualTo("وزير الخارجية الأمريكي"));
        Assert.That(added.Speaker.Country, Is.EqualTo("USA"));
    }

    [Test]
    public void Continuation_skips_narration_between_it_and_the_speaker()
    {
        var document = Analysed.Text("وقال الوزير إن الحكومة ستدعم المزارعين.\n\nوفي سياق آخر، ارتفعت أسعار القمح في الأسواق المحلية.\n\nوأضاف أن الدعم يشمل الأسمدة والبذور.");
        var added = document.Claims.Single(c => document.Slice(c.Cue) == "وأضاف");
        Assert.That(added.Speaker.Text, Is.EqualTo("الوزير"));
    }

    [Test]
    public void Continuation_takes_the_latest_speaker_not_the_first()
    {
        var document = Analysed.Text("وقال وزير المالية إن العجز تراجع. وقالت الوزيرة إن الأسعار ستنخفض. وأضافت أن الرواتب سترتفع في الربيع.");
        var added = document.Claims.Single(c => document.Slice(c.Cue) == "وأضافت");
        Assert.That(added.Speaker.Text, Is.EqualTo("الوزيرة"));
    }

    [Test]
    public void Continuation_without_an_earlier_speaker_is_no_claim()
    {
        Assert.That(Analysed.Claims("وأكد أن القرار نهائي ولا رجعة فيه."), Is.Empty);
    }

    [TestCase("وقال المتحدث إن الوزارة ستواصل عملها، نافيا وجود أي خلافات داخلية.", ClaimType.Denial, "المتحدث")]
    [TestCase("وقال رئيس الوزراء إن الإصلاحات ستستمر، داعيا المواطنين إلى الصبر.", ClaimType.Appeal, "رئيس الوزراء")]
    [TestCase("وقال المتحدث إن الشرطة اعتقلت ثلاثة أشخاص، مؤكدا أن التحقيق مستمر.", ClaimType.Statement, "المتحدث")]
    public void Participle_after_a_claim_takes_that_claims_speaker(string sentence, ClaimType type, string speaker)
    {
        var document = Analysed.Text(sentence);
        var participle = document.Claims.Single(c => c.Construction == "participle");
        Assert.That(participle.Type, Is.EqualTo(type));
        Assert.That(participle.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void Continuation_after_a_denial_keeps_the_denier()
    {
        var document = Analysed.Text("نفت الشركة الاتهامات الموجهة إليها بالتهرب الضريبي. وقالت إن حساباتها تخضع للتدقيق كل عام.");
        var said = document.Claims.Single(c => c.Type == ClaimType.Statement);
        Assert.That(said.Speaker.Text, Is.EqualTo("الشركة"));
    }

    [Test]
    public void Participle_after_a_non_cue_verb_takes_its_subject()
    {
        var document = Analysed.Text("وتعهد الوزير بمواصلة الإصلاحات الاقتصادية، مشيرا إلى أن الحكومة ستخفض العجز.");
        var claim = document.Claims.Single(c => c.Construction == "participle");
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزير"));
    }

    [Test]
    public void Short_denial_still_sets_the_speaker_for_the_next_sentence()
    {
        var document = Analysed.Text("نفت الشركة الاتهامات. وقالت إن منتجاتها آمنة تماما.");
        Assert.That(document.Claims.Select(c => c.Type), Is.EquivalentTo(new[] { ClaimType.Denial, ClaimType.Statement }));
    }

    [Test]
    public void A_participle_after_a_continuation_verb_is_no_subject()
    {
        var document = Analysed.Text("ونفى مصدر مطلع وجود أي خلافات داخل الحكومة. وتابع قائلا: «الحكومة متماسكة».");
        var continued = document.Claims.Single(c => document.Slice(c.Cue) == "وتابع");
        Assert.That(continued.Speaker.Text, Is.EqualTo("مصدر مطلع"), Analysed.Describe(document));
    }
}
