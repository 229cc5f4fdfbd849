using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A known name of several words after its head word is one unit, even when one of its words starts
/// like a conjunction (ووتش); بشنّ opens what the target is accused of. Sentences written for these tests.
/// </summary>
public class NamedBodyTests
{
    [Test]
    public void A_known_name_after_its_head_word_stays_whole()
    {
        var (_, claim) = Analysed.Single("وطالبت منظمة هيومن رايتس ووتش السلطات بالتحقيق في مقتل المتظاهرين.", ClaimType.Appeal);
        Assert.That(claim.Speaker.Text, Is.EqualTo("منظمة هيومن رايتس ووتش"));
        Assert.That(claim.Target?.Text, Is.EqualTo("السلطات"));
    }

    [Test]
    public void Bi_and_a_doubled_verbal_noun_ends_the_target()
    {
        var (_, claim) = Analysed.Single("واتهم المتحدث باسم الحوثيين الولايات المتحدة وبريطانيا بشن غارات على صنعاء.", ClaimType.Accusation);
        Assert.That(claim.Target?.Text, Is.EqualTo("الولايات المتحدة وبريطانيا"));
    }
}
