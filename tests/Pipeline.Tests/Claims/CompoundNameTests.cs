using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Titles and names of several parts stay whole: a title's body after لـ (الأمين العام لجامعة الدول العربية),
/// a kunya or nasab (أبو الغيط، بن سلمان), a compound first name (عبد الحميد الدبيبة), and الناطقة باسم.
/// Sentences written for these tests.
/// </summary>
public class CompoundNameTests
{
    [TestCase("وأدان الأمين العام لجامعة الدول العربية أحمد أبو الغيط التفجير الذي وقع في بغداد.", ClaimType.Condemnation, "الأمين العام لجامعة الدول العربية أحمد أبو الغيط")]
    [TestCase("وطالب رئيس الحكومة الليبية عبد الحميد الدبيبة مجلس النواب بإقرار الميزانية.", ClaimType.Appeal, "رئيس الحكومة الليبية عبد الحميد الدبيبة")]
    [TestCase("وقالت الناطقة باسم البيت الأبيض كارين جان بيير إن الرئيس سيزور المنطقة.", ClaimType.Statement, "الناطقة باسم البيت الأبيض كارين جان بيير")]
    public void The_whole_title_and_name_is_the_speaker(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [TestCase("وأدان الأمين العام لجامعة الدول العربية أحمد أبو الغيط التفجير الذي وقع في بغداد.", ClaimType.Condemnation, "التفجير")]
    [TestCase("وطالب رئيس الحكومة الليبية عبد الحميد الدبيبة مجلس النواب بإقرار الميزانية.", ClaimType.Appeal, "مجلس النواب")]
    public void The_object_after_the_name_is_the_target(string sentence, ClaimType type, string target)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Target?.Text, Is.EqualTo(target));
    }

    [TestCase("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي.", ClaimType.Statement, "وزير الخارجية السعودي الأمير فيصل بن فرحان")]
    [TestCase("ودعا ولي العهد السعودي الأمير محمد بن سلمان إلى تعزيز التعاون الإقليمي.", ClaimType.Appeal, "ولي العهد السعودي الأمير محمد بن سلمان")]
    [TestCase("وشدد العاهل الأردني الملك عبد الله الثاني على ضرورة وقف التصعيد.", ClaimType.Statement, "العاهل الأردني الملك عبد الله الثاني")]
    [TestCase("وطالبت المفوضية السامية لشؤون اللاجئين الدول المانحة بزيادة التمويل.", ClaimType.Appeal, "المفوضية السامية لشؤون اللاجئين")]
    public void A_second_title_and_a_body_s_construct_complement_stay_in_the_speaker(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [Test]
    public void A_second_titled_person_after_a_name_is_the_object()
    {
        var document = Analysed.Text("واستقبل الملك سلمان الأمير محمد في قصر اليمامة ودعا إلى التهدئة.");
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Has.No.Member("الملك سلمان الأمير محمد"), Analysed.Describe(document));
    }
}
