using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>Each construction of the claim grammar finds the right speaker, target, content and quote.</summary>
public class ConstructionTests
{
    [TestCase("وقال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة.", ClaimType.Statement, "وزير المالية")]
    [TestCase("نفت الحكومة السورية أي تورط لها في الهجوم الذي استهدف القافلة.", ClaimType.Denial, "الحكومة السورية")]
    [TestCase("وقالت السلطات الصينية إن الإجراءات الجديدة ستطبق فورا.", ClaimType.Statement, "السلطات الصينية")]
    [TestCase("وقال مدير الشركة إن الأرباح تضاعفت خلال العام.", ClaimType.Statement, "مدير الشركة")]
    public void Verb_subject_speaker_is_the_phrase_after_the_verb(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Construction, Does.StartWith("verb-subject"));
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [TestCase("الصين تنفي وجود أي قوات لها في المنطقة الحدودية.", ClaimType.Denial, "الصين")]
    [TestCase("الأمم المتحدة تدين الهجوم على مخيم اللاجئين", ClaimType.Condemnation, "الأمم المتحدة")]
    public void Subject_first_speaker_is_the_phrase_before_the_verb(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Construction, Is.EqualTo("subject-first"));
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void Accusation_target_is_the_object_and_content_the_charge()
    {
        var (document, claim) = Analysed.Single("اتهم الرئيس الأمريكي الحكومة الإيرانية بتمويل الإرهاب في المنطقة.", ClaimType.Accusation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الرئيس الأمريكي"));
        Assert.That(claim.Target?.Text, Is.EqualTo("الحكومة الإيرانية"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("بتمويل الإرهاب"));
    }

    [Test]
    public void Appeal_target_is_the_one_called_on()
    {
        var (_, claim) = Analysed.Single("وطالبت منظمة العفو الدولية السلطات بالإفراج عن المعتقلين السياسيين.", ClaimType.Appeal);
        Assert.That(claim.Speaker.Text, Is.EqualTo("منظمة العفو الدولية"));
        Assert.That(claim.Target?.Text, Is.EqualTo("السلطات"));
    }

    [Test]
    public void Indirect_speech_after_inna_is_an_indirect_quote()
    {
        var (document, claim) = Analysed.Single("وأكد الرئيس الفرنسي أن بلاده ستواصل دعم أوكرانيا عسكريا.", ClaimType.Statement);
        Assert.That(claim.QuoteDirect, Is.False);
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("ستواصل دعم أوكرانيا"));
    }

    [Test]
    public void Quoted_speech_is_a_direct_quote()
    {
        var (document, claim) = Analysed.Single("وقالت الوزيرة في مؤتمر صحفي: \"لن نقبل بأي تسوية على حساب حقوقنا\".", ClaimType.Statement);
        Assert.That(claim.QuoteDirect, Is.True);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزيرة"));
        Assert.That(document.Slice(claim.Quote!.Value), Does.Contain("لن نقبل بأي تسوية"));
    }

    [Test]
    public void Participle_takes_the_speaker_of_its_clause()
    {
        var document = Analysed.Text("وقال الوزير إن الحكومة رفعت الأجور، متهما المعارضة بنشر الشائعات.");
        var claim = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(claim.Construction, Is.EqualTo("participle"));
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزير"));
        Assert.That(claim.Target?.Text, Is.EqualTo("المعارضة"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("بنشر الشائعات"));
    }

    [Test]
    public void Source_before_speaker_is_the_complement_of_bihasab()
    {
        var (document, claim) = Analysed.Single("وبحسب وزارة الصحة، فإن حصيلة القتلى ارتفعت إلى خمسين شخصا.", ClaimType.Statement);
        Assert.That(claim.Construction, Is.EqualTo("source-before"));
        Assert.That(claim.Speaker.Text, Is.EqualTo("وزارة الصحة"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("حصيلة القتلى ارتفعت"));
    }

    [Test]
    public void Source_after_content_is_the_clause_before_wifqan()
    {
        var (document, claim) = Analysed.Single("وارتفعت حصيلة القتلى إلى خمسين شخصا، وفقاً لوزارة الصحة الفلسطينية.", ClaimType.Statement);
        Assert.That(claim.Construction, Is.EqualTo("source-after"));
        Assert.That(claim.Speaker.Text, Does.EndWith("وزارة الصحة الفلسطينية"));
        Assert.That(claim.Speaker.Country, Is.EqualTo("PSE"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("ارتفعت حصيلة القتلى"));
    }

    [Test]
    public void Statement_by_speaker_is_the_issuer_of_the_statement()
    {
        var (document, claim) = Analysed.Single("وجاء في بيان لوزارة الخارجية أن الحكومة ترفض أي تدخل في شؤونها الداخلية.", ClaimType.Statement);
        Assert.That(claim.Construction, Is.EqualTo("statement-by"));
        Assert.That(claim.Speaker.Text, Does.EndWith("وزارة الخارجية"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("ترفض أي تدخل"));
    }

    [TestCase("الرئيس الأمريكي: «لن نسمح لإيران بامتلاك سلاح نووي»", "الرئيس الأمريكي", "لن نسمح لإيران")]
    [TestCase("رئيس الوزراء: «الحكومة لن تستقيل تحت ضغط الشارع»", "رئيس الوزراء", "لن تستقيل")]
    public void Headline_speaker_is_the_phrase_before_the_colon(string headline, string speaker, string words)
    {
        var (document, claim) = Analysed.Single(headline, ClaimType.Statement);
        Assert.That(claim.Construction, Is.EqualTo("headline"));
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(claim.QuoteDirect, Is.True);
        Assert.That(document.Slice(claim.Quote!.Value), Does.Contain(words));
    }

    [Test]
    public void Denial_with_reported_accusation_yields_both_claims()
    {
        var document = Analysed.Text("نفت الصين اتهامات وجهتها إليها الولايات المتحدة بالتجسس على شركات التكنولوجيا.");
        var denial = document.Claims.Single(c => c.Type == ClaimType.Denial);
        var accusation = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(denial.Speaker.Text, Is.EqualTo("الصين"));
        Assert.That(accusation.Construction, Is.EqualTo("reported-accusation"));
        Assert.That(accusation.Speaker.Text, Is.EqualTo("الولايات المتحدة"));
        Assert.That(accusation.Target?.Text, Is.EqualTo("الصين"));
        Assert.That(document.Slice(accusation.Content!.Value), Does.Contain("بالتجسس"));
    }

    [Test]
    public void Rejected_accusation_names_its_accuser_after_the_noun()
    {
        var document = Analysed.Text("ورفضت موسكو اتهامات واشنطن لها بالتدخل في الانتخابات.");
        var accusation = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(accusation.Speaker.Canonical, Is.EqualTo("الولايات المتحدة"));
        Assert.That(accusation.Target?.Canonical, Is.EqualTo("روسيا"));
        Assert.That(document.Claims.Single(c => c.Type == ClaimType.Denial).Speaker.Text, Is.EqualTo("موسكو"));
    }

    [TestCase("وأصدرت وزارة الدفاع بيانا نفت فيه مقتل أي جندي في الاشتباكات.", ClaimType.Denial, "وزارة الدفاع")]
    [TestCase("وأصدر الجيش بيانا اتهم فيه المتمردين بخرق وقف إطلاق النار.", ClaimType.Accusation, "الجيش")]
    [TestCase("وأصدرت الرئاسة بيانا دعت فيه المواطنين إلى الهدوء وضبط النفس.", ClaimType.Appeal, "الرئاسة")]
    public void Issuer_of_a_statement_speaks_its_claim(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void Statement_noun_with_pronoun_takes_the_earlier_speaker()
    {
        var document = Analysed.Text("وأعربت الحكومة عن قلقها. وجددت الحكومة اتهاماتها للمعارضة بالتحريض على العنف.");
        var claim = document.Claims.Single(c => c.Type == ClaimType.Accusation);
        Assert.That(claim.Construction, Is.EqualTo("noun-pronoun"));
        Assert.That(claim.Speaker.Text, Is.EqualTo("الحكومة"));
    }
}
