using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>What is not a claim: the author's own narration, cue words inside a quotation, empty text.</summary>
public class NonClaimTests
{
    [TestCase("وارتفعت أسعار النفط بنسبة ثلاثة في المئة خلال تعاملات الأربعاء.")]
    [TestCase("وكانت الشرطة قد أغلقت الطريق أمام حركة السير منذ الصباح.")]
    [TestCase("وشهدت العاصمة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية.")]
    public void Author_narration_without_a_cue_is_no_claim(string sentence)
    {
        Assert.That(Analysed.Claims(sentence), Is.Empty);
    }

    [Test]
    public void Cue_words_inside_a_quotation_are_not_claims()
    {
        var document = Analysed.Text("قال الرئيس الروسي «نحن لا نتهم أحدا ولا ننفي شيئا» خلال مؤتمر صحفي.");
        Assert.That(document.Claims.Select(c => c.Type), Is.EqualTo(new[] { ClaimType.Statement }), () => Analysed.Describe(document));
        Assert.That(document.Slice(document.Claims[0].Cue), Is.EqualTo("قال"));
    }

    [Test]
    public void Quoted_accusation_verb_is_part_of_the_quote_not_a_new_claim()
    {
        var document = Analysed.Text("وقال الرئيس: \"لا أحد يستطيع أن يتهمنا بالتقصير في حماية المواطنين\".");
        Assert.That(document.Claims, Has.Count.EqualTo(1), () => Analysed.Describe(document));
        Assert.That(document.Claims[0].Type, Is.EqualTo(ClaimType.Statement));
        Assert.That(document.Claims[0].QuoteDirect, Is.True);
    }

    [Test]
    public void Quotation_in_a_narration_sentence_is_no_claim()
    {
        var document = Analysed.Text("وكتب الصحفي في مقاله «الحكومة نفت كل شيء واتهمت الجميع» ثم غادر.");
        Assert.That(document.Claims, Is.Empty, () => Analysed.Describe(document));
    }

    [TestCase("وقال الفنان حسن علي إنه فوجئ بنشر حوار مفبرك له وهو يؤكد فيه أنه سيعتزل التمثيل نهائيا.", "يؤكد")]
    [TestCase("وأوضح المدرب سامي الجابر أن مقطعا قديما للاعب انتشر وهو يقول فيه إنه سيغادر النادي.", "يقول")]
    public void Verb_after_a_joined_pronoun_describes_the_scene_and_is_no_claim(string sentence, string verb)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims, Is.Not.Empty, Analysed.Describe(document));
        Assert.That(document.Claims.Select(c => document.Slice(c.Cue)), Has.None.EqualTo(verb), Analysed.Describe(document));
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    [TestCase("قال")]
    [TestCase("«»")]
    public void Empty_or_degenerate_text_yields_no_claims(string text)
    {
        Assert.That(Analysed.Claims(text), Is.Empty);
    }

    [Test]
    public void Random_text_never_throws()
    {
        var random = new Random(20261128);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىًٌٍَُِّْ «»\"':،.؟!\n0123456789";
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.DoesNotThrow(() => Analysed.Text(text), text);
        }
    }
}
