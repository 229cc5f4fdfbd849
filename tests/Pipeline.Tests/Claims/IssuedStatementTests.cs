using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// بيان صادر عن X: a statement issued by a body is that body's; شنّ هجوما حادا على X: the adjectives of the
/// required noun are not the target. Sentences written for these tests.
/// </summary>
public class IssuedStatementTests
{
    [TestCase("وقال بيان صادر عن الرئاسة إن الرئيس تلقى اتصالا من نظيره الفرنسي.", "الرئاسة")]
    [TestCase("وأكد بيان صادر من وزارة الصحة أن الوضع تحت السيطرة.", "وزارة الصحة")]
    public void A_statement_issued_by_a_body_is_the_body_s(string sentence, string speaker)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(document.Text[claim.Content!.Value.Start..claim.Content.Value.End], Does.Not.Contain(speaker));
    }

    [TestCase("وشنّ الرئيس الأمريكي هجوما حادا على وسائل الإعلام.", "وسائل الإعلام")]
    [TestCase("وشن الوزير هجوما عنيفا على المعارضة.", "المعارضة")]
    public void The_adjective_of_the_attack_is_not_its_target(string sentence, string target)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Condemnation);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }
}
