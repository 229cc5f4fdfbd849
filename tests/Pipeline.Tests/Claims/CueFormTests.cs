using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>Every cue form class (perfect, imperfect, participle, verbal noun, source phrase) gives its claim type and lemma.</summary>
public class CueFormTests
{
    [TestCase("نفى وزير الخارجية الإيراني الاتهامات الأمريكية بدعم الجماعات المسلحة في المنطقة.", "نفى", ClaimType.Denial, "نفى")]
    [TestCase("نفت الحكومة السورية أي تورط لها في الهجوم الذي استهدف القافلة.", "نفت", ClaimType.Denial, "نفى")]
    [TestCase("وينفي الجيش أن تكون قواته قد قصفت المستشفى.", "وينفي", ClaimType.Denial, "نفى")]
    [TestCase("الصين تنفي وجود أي قوات لها في المنطقة الحدودية.", "تنفي", ClaimType.Denial, "نفى")]
    [TestCase("وقال المتحدث إن الوزارة ستواصل عملها، نافيا وجود أي خلافات داخلية.", "نافيا", ClaimType.Denial, "نفى")]
    [TestCase("وأكد المسؤول نفي الحكومة لتلك الأنباء جملة وتفصيلا.", "نفي", ClaimType.Denial, "نفى")]
    [TestCase("اتهم الرئيس الأمريكي الحكومة الإيرانية بتمويل الإرهاب في المنطقة.", "اتهم", ClaimType.Accusation, "اتهم")]
    [TestCase("واتّهمت الحكومة المعارضة بالتحريض على العنف في الشوارع.", "واتّهمت", ClaimType.Accusation, "اتهم")]
    [TestCase("وتتهم الولايات المتحدة الصين بسرقة الملكية الفكرية.", "وتتهم", ClaimType.Accusation, "اتهم")]
    [TestCase("وقالت الوزيرة إن الأسعار ستنخفض، متّهمة التجار باحتكار السلع الأساسية.", "متّهمة", ClaimType.Accusation, "اتهم")]
    [TestCase("ورفضت موسكو اتهامات واشنطن لها بالتدخل في الانتخابات.", "اتهامات", ClaimType.Accusation, "اتهم")]
    [TestCase("وحمّل وزير الداخلية الجماعات المتطرفة المسؤولية عن الهجوم على المسجد.", "وحمّل", ClaimType.Accusation, "حمل المسؤولية")]
    [TestCase("دان الأمين العام للأمم المتحدة الهجوم على قافلة المساعدات الإنسانية.", "دان", ClaimType.Condemnation, "أدان")]
    [TestCase("وأدانت السعودية بشدة استهداف المدنيين في المدينة.", "وأدانت", ClaimType.Condemnation, "أدان")]
    [TestCase("الأمم المتحدة تدين الهجوم على مخيم اللاجئين", "تدين", ClaimType.Condemnation, "أدان")]
    [TestCase("وندد الاتحاد الأوروبي بقمع المتظاهرين السلميين في العاصمة.", "وندد", ClaimType.Condemnation, "ندد")]
    [TestCase("واستنكرت جامعة الدول العربية الاعتداء على البعثة الدبلوماسية.", "واستنكرت", ClaimType.Condemnation, "استنكر")]
    [TestCase("دعا الأمين العام للأمم المتحدة الأطراف المتحاربة إلى وقف فوري لإطلاق النار.", "دعا", ClaimType.Appeal, "دعا")]
    [TestCase("وطالبت منظمة العفو الدولية السلطات بالإفراج عن المعتقلين السياسيين.", "وطالبت", ClaimType.Appeal, "طالب")]
    [TestCase("ويطالب المحتجون الحكومة بالاستقالة وإجراء انتخابات مبكرة.", "ويطالب", ClaimType.Appeal, "طالب")]
    [TestCase("وحث وزير الخارجية الفرنسي الطرفين على العودة إلى طاولة المفاوضات.", "وحث", ClaimType.Appeal, "حث")]
    [TestCase("وناشدت منظمة الصحة العالمية الدول المانحة تقديم التمويل العاجل.", "وناشدت", ClaimType.Appeal, "ناشد")]
    [TestCase("وقال رئيس الوزراء إن الإصلاحات ستستمر، داعيا المواطنين إلى الصبر.", "داعيا", ClaimType.Appeal, "دعا")]
    [TestCase("وتبنى تنظيم الدولة الإسلامية الهجوم على نقطة التفتيش العسكرية.", "وتبنى", ClaimType.Responsibility, "تبنى")]
    [TestCase("وتبنت حركة الشباب الهجوم على الفندق في مقديشو.", "وتبنت", ClaimType.Responsibility, "تبنى")]
    [TestCase("وقال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة.", "وقال", ClaimType.Statement, "قال")]
    [TestCase("قالت بكين إن الزيارة تمثل تدخلا في شؤونها.", "قالت", ClaimType.Statement, "قال")]
    [TestCase("وأكد الرئيس الفرنسي أن بلاده ستواصل دعم أوكرانيا عسكريا.", "وأكد", ClaimType.Statement, "أكد")]
    [TestCase("وقال المتحدث إن الشرطة اعتقلت ثلاثة أشخاص، مؤكدا أن التحقيق مستمر.", "مؤكدا", ClaimType.Statement, "أكد")]
    [TestCase("وأوضح المتحدث باسم الجيش أن العملية استهدفت مواقع المسلحين فقط.", "وأوضح", ClaimType.Statement, "أوضح")]
    [TestCase("وقال الوزير إن المفاوضات ستستمر. وأضاف أن الجولة المقبلة ستعقد في جنيف الشهر المقبل.", "وأضاف", ClaimType.Statement, "أضاف")]
    [TestCase("وأشار وزير الخارجية إلى أن المحادثات كانت بناءة.", "وأشار", ClaimType.Statement, "أشار")]
    [TestCase("وتبرأت الجمعية من البيان المنسوب إليها على مواقع التواصل.", "وتبرأت", ClaimType.Denial, "تبرأ")]
    [TestCase("واستهجنت النقابة قرار فصل العمال دون تعويض.", "واستهجنت", ClaimType.Condemnation, "استهجن")]
    [TestCase("وحضت الأمم المتحدة الأطراف على ضبط النفس.", "وحضت", ClaimType.Appeal, "حض")]
    [TestCase("وألقى وزير النقل باللوم على الشركة المشغلة في تأخر القطارات.", "وألقى", ClaimType.Accusation, "ألقى باللوم")]
    [TestCase("وأكد الخبراء أن الأسعار ستستقر، مشيرين إلى تحسن الإنتاج المحلي.", "مشيرين", ClaimType.Statement, "أشار")]
    [TestCase("وبحسب وزارة الصحة، فإن حصيلة القتلى ارتفعت إلى خمسين شخصا.", "وبحسب", ClaimType.Statement, "بحسب")]
    [TestCase("وارتفعت حصيلة القتلى إلى خمسين شخصا، وفقاً لوزارة الصحة الفلسطينية.", "وفقاً", ClaimType.Statement, "بحسب")]
    [TestCase("وأعلن الجيش الإسرائيلي أنه قتل قائدا في حركة حماس.", "وأعلن", ClaimType.Statement, "أعلن")]
    [TestCase("وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية انهيار الهدنة.", "وحمّلت", ClaimType.Accusation, "حمل المسؤولية")]
    [TestCase("وانتقد زعيم المعارضة بشدة قرار الحكومة رفع أسعار الوقود.", "وانتقد", ClaimType.Condemnation, "انتقد")]
    [TestCase("وشدد وزير الداخلية على أن الأمن مستتب في جميع المحافظات.", "وشدد", ClaimType.Statement, "شدد")]
    public void Cue_form_gives_its_claim_type_and_lemma(string sentence, string cue, ClaimType type, string lemma)
    {
        var document = Analysed.Text(sentence);
        var claim = document.Claims.FirstOrDefault(c => document.Slice(c.Cue) == cue);
        Assert.That(claim, Is.Not.Null, () => $"no claim with cue {cue}; found: {Analysed.Describe(document)}");
        Assert.That(claim!.Type, Is.EqualTo(type));
        Assert.That(claim.CueLemma, Is.EqualTo(lemma));
    }

    [TestCase("وانتقد زعيم المعارضة قرار الحكومة رفع أسعار الوقود.", "وانتقد", ClaimType.Condemnation, "انتقد")]
    [TestCase("ونددت الحكومة الفرنسية بالهجوم، ودعت إلى محاسبة المسؤولين عنه.", "ونددت", ClaimType.Condemnation, "ندد")]
    [TestCase("من جهتها، دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس، فيما دان الاتحاد الأفريقي أعمال العنف.", "دان", ClaimType.Condemnation, "أدان")]
    public void Cue_form_gives_its_claim_type_and_lemma_known_gaps(string sentence, string cue, ClaimType type, string lemma) =>
        Cue_form_gives_its_claim_type_and_lemma(sentence, cue, type, lemma);
}
