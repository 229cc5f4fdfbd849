using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A comma-closed description of the speaker before إن/أن is not what was said; "nobody denies" is no
/// denial; a longer word that merely begins like a content cue (تنفيذ، not تنفي) does not retype a claim.
/// Sentences written for these tests.
/// </summary>
public class AppositionAndNobodyTests
{
    [TestCase("وقال المرصد الوطني للحريات، وهو منظمة مستقلة مقرها باريس، إن عشرة صحفيين اعتقلوا.", "إن عشرة صحفيين اعتقلوا")]
    [TestCase("وقال سامر خليل، المستشار الإعلامي للوزارة، إن الامتحانات ستجرى في موعدها.", "إن الامتحانات ستجرى في موعدها")]
    public void A_description_of_the_speaker_closed_by_a_comma_is_not_the_content(string sentence, string content)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Is.EqualTo(content));
    }

    [TestCase("لا أحد ينكر دور الحزب في الحياة السياسية.")]
    [TestCase("ولا أحد يتهم الحكومة بالتقصير في هذا الملف.")]
    public void A_verb_whose_subject_is_nobody_makes_no_claim(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }

    [Test]
    public void Tanfidh_is_not_tanfi()
    {
        var (_, claim) = Analysed.Single("وأضاف الوزير أن ذلك يأتي في إطار تنفيذ توجيهات القيادة.", ClaimType.Statement);
        Assert.That(claim.Type, Is.EqualTo(ClaimType.Statement));
    }

    [Test]
    public void A_content_cue_with_a_pronoun_still_retypes()
    {
        var document = Analysed.Text("وقال المتحدث إن الأخبار المتداولة مفبركة بالكامل.");
        Assert.That(document.Claims.Select(c => c.Type), Has.Member(ClaimType.Denial), Analysed.Describe(document));
    }
}
