using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>A formal charge (وجّه تهمة) is an accusation, its addressee after إلى the target. Sentences written for these tests.</summary>
public class ChargeTests
{
    [TestCase("ووجهت النيابة العامة إلى المتهمين تهمة غسل الأموال.")]
    [TestCase("ووجهت النيابة العامة اتهامات إلى المتهمين بغسل الأموال.")]
    public void A_charge_brought_against_someone_is_an_accusation_of_them(string sentence)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Accusation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("النيابة العامة"));
        Assert.That(claim.Target?.Text, Is.EqualTo("المتهمين"));
    }

    [Test]
    public void Sending_something_else_to_the_accused_is_no_accusation()
    {
        var document = Analysed.Text("ووجه الرئيس رسالة إلى المتهمين في القضية.");
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }
}
