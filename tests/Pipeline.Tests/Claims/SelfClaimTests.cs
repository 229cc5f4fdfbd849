using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>ادعى/زعم about oneself (أنهم، أننا، أنني) claims a deed of one's own; about another it accuses.</summary>
public class SelfClaimTests
{
    [TestCase("وادعى المتمردون أنهم سيطروا على ثلاث قرى في شمال البلاد.")]
    [TestCase("وزعمت الجماعة في بيان أننا نفذنا الهجوم على القاعدة العسكرية.")]
    public void Claiming_ones_own_deed_is_a_claim_of_responsibility(string sentence)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Responsibility);
        Assert.That(claim.Target, Is.Null);
        Assert.That(document.Claims.Any(c => c.Type == ClaimType.Accusation), Is.False, Analysed.Describe(document));
    }

    [Test]
    public void Claiming_that_another_did_it_stays_an_accusation()
    {
        Analysed.Single("وادعى الجيش أن المتمردين أحرقوا ثلاث قرى في شمال البلاد.", ClaimType.Accusation);
    }
}
