using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// An unknown surname after a title and a first name belongs to the speaker, while an object after a
/// name stays the object; a wrong named as what is fought (مكافحة الفساد) accuses nobody.
/// Sentences written for these tests.
/// </summary>
public class SurnameAndCombatTests
{
    [TestCase("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.", ClaimType.Appeal, "الأمين العام للأمم المتحدة أنطونيو غوتيريش")]
    [TestCase("ورفض المتحدث باسم الخارجية الإيرانية ناصر كنعاني الاتهامات الأمريكية.", ClaimType.Denial, "المتحدث باسم الخارجية الإيرانية ناصر كنعاني")]
    [TestCase("وقال رئيس الوزراء العراقي محمد شياع السوداني في مؤتمر صحفي إن الحكومة ستواصل عملها.", ClaimType.Statement, "رئيس الوزراء العراقي محمد شياع السوداني")]
    [TestCase("وأكدت الوزيرة نادية فتاح العلوي أن الميزانية ستعرض على البرلمان.", ClaimType.Statement, "الوزيرة نادية فتاح العلوي")]
    public void Unknown_surname_after_a_title_and_a_first_name_belongs_to_the_speaker(string sentence, ClaimType type, string speaker)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Where(c => c.Type == type).Select(c => c.Speaker.Text), Has.Member(speaker), Analysed.Describe(document));
    }

    [TestCase("نفى اللاعب محمد أنباء رحيله عن النادي.", "اللاعب محمد")]
    [TestCase("اتهم المدرب سامي حكم المباراة بالانحياز.", "المدرب سامي")]
    public void A_bare_object_after_a_first_name_stays_the_object(string sentence, string speaker)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Has.Member(speaker), Analysed.Describe(document));
    }

    [TestCase("وقال الوزير إن الحكومة ستواصل جهودها لمكافحة الفساد في المؤسسات العامة.")]
    [TestCase("وأكد المتحدث أن الأجهزة الأمنية ماضية في محاربة الفساد بكل حزم.")]
    public void A_wrong_named_as_what_is_fought_keeps_the_statement_a_statement(string sentence)
    {
        var (_, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Target, Is.Null);
    }

    [Test]
    public void A_wrong_named_as_someone_s_deed_still_makes_an_accusation()
    {
        var document = Analysed.Text("وقال النائب إن الوزير متورط في فساد كبير داخل الوزارة.");
        Assert.That(document.Claims.Select(c => c.Type), Has.Member(ClaimType.Accusation), Analysed.Describe(document));
    }
}
