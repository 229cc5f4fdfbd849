using Pipeline.Tests.Claims;
using Pipeline.Text;

namespace Pipeline.Tests.Mentions;

/// <summary>The mention stage finds gazetteer actors through clitics and keeps their offsets.</summary>
public class MentionStageTests
{
    [TestCase("وأعلنت الصين أمس عن خطة جديدة.", "الصين")]
    [TestCase("وقدمت واشنطن مساعدات للصين والهند.", "للصين")]
    [TestCase("ووصل الوفد إلى بكين مساء الأحد.", "بكين")]
    [TestCase("والصين ترفض ذلك.", "والصين")]
    public void Actor_is_found_through_its_clitics(string sentence, string token)
    {
        var document = Analysed.Text(sentence);
        var mention = document.Mentions.SingleOrDefault(m => m.Canonical == "الصين");
        Assert.That(mention, Is.Not.Null, () => string.Join(", ", document.Mentions.Select(m => m.Text)));
        Assert.That(mention!.Text, Is.EqualTo(token));
        Assert.That(document.Text.Substring(mention.Start, mention.End - mention.Start), Is.EqualTo(mention.Text));
    }

    [Test]
    public void Nationality_adjective_alone_is_not_a_mention()
    {
        var document = Analysed.Text("وصلت شحنة من الأرز الصيني إلى الميناء.");
        Assert.That(document.Mentions.Where(m => m.Source == "gazetteer"), Is.Empty, () => string.Join(", ", document.Mentions.Select(m => m.Text)));
    }

    [Test]
    public void Longest_name_wins()
    {
        var document = Analysed.Text("وقال حلف شمال الأطلسي إن قواته في حالة تأهب.");
        Assert.That(document.Mentions.Select(m => m.Text), Does.Contain("حلف شمال الأطلسي"));
        Assert.That(document.Mentions.Select(m => m.Canonical), Has.None.EqualTo("الأطلسي"));
    }
}
