using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// جدّد دعوته / إدانته: a renewed call is an appeal and a renewed condemnation a condemnation, one claim each;
/// other renewals (a contract, confidence) are no claim. Sentences written for these tests.
/// </summary>
public class RenewedCallTests
{
    [Test]
    public void A_renewed_call_is_an_appeal_with_no_addressee_when_ila_opens_what_is_called_for()
    {
        var (_, claim) = Analysed.Single("وجدد الاتحاد الأفريقي دعوته إلى الحوار بين الأطراف السودانية.", ClaimType.Appeal);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الاتحاد الأفريقي"));
        Assert.That(claim.Target, Is.Null);
    }

    [Test]
    public void Whom_a_renewed_call_is_to_comes_with_li()
    {
        var (_, claim) = Analysed.Single("وجددت الحكومة دعوتها للمجتمع الدولي إلى التدخل العاجل.", ClaimType.Appeal);
        Assert.That(claim.Target?.Text, Is.EqualTo("للمجتمع الدولي"), "the slice of the article, preposition and all");
    }

    [Test]
    public void A_renewed_condemnation_is_one_condemnation()
    {
        var document = Analysed.Text("وجدد المجلس إدانته للهجمات على المدنيين.");
        Assert.That(document.Claims.Select(c => c.Type), Is.EqualTo(new[] { ClaimType.Condemnation }), Analysed.Describe(document));
    }

    [TestCase("وجددت الشركة عقد اللاعب لثلاثة مواسم.")]
    [TestCase("وجدد الرئيس الثقة في رئيس الحكومة.")]
    public void Other_renewals_are_no_claim(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }
}
