using Pipeline.Tests.Claims;
using Pipeline.Text;

namespace Pipeline.Tests.Mentions;

/// <summary>State actors get their canonical name and country whatever form the text uses.</summary>
public class MentionResolverTests
{
    [TestCase("واشنطن", MentionKind.GPE, "الولايات المتحدة", "USA")]
    [TestCase("الولايات المتحدة", MentionKind.GPE, "الولايات المتحدة", "USA")]
    [TestCase("أميركا", MentionKind.GPE, "الولايات المتحدة", "USA")]
    [TestCase("البيت الأبيض", MentionKind.GPE, "الولايات المتحدة", "USA")]
    [TestCase("بكين", MentionKind.GPE, "الصين", "CHN")]
    [TestCase("الصين", MentionKind.GPE, "الصين", "CHN")]
    [TestCase("موسكو", MentionKind.GPE, "روسيا", "RUS")]
    [TestCase("السلطات الصينية", MentionKind.GPE, "الصين", "CHN")]
    [TestCase("الحكومة السودانية", MentionKind.GPE, "السودان", "SDN")]
    [TestCase("الحكومة الفرنسية", MentionKind.GPE, "فرنسا", "FRA")]
    [TestCase("حلف شمال الأطلسي", MentionKind.ORG, "حلف شمال الأطلسي", null)]
    [TestCase("الناتو", MentionKind.ORG, "حلف شمال الأطلسي", null)]
    [TestCase("الأمم المتحدة", MentionKind.ORG, "الأمم المتحدة", null)]
    [TestCase("منظمة الصحة العالمية", MentionKind.ORG, "منظمة الصحة العالمية", null)]
    public void Named_actor_gets_its_canonical_name_and_country(string phrase, MentionKind kind, string canonical, string? country)
    {
        var m = Resolved.Phrase(phrase);
        Assert.That((m.Kind, m.Canonical, m.Country), Is.EqualTo((kind, canonical, country)));
    }

    [TestCase("وزير الخارجية الأمريكي", "USA")]
    [TestCase("وزير الخارجية الفرنسي", "FRA")]
    [TestCase("الرئيس الروسي", "RUS")]
    [TestCase("رئيس الوزراء الإسرائيلي", "ISR")]
    public void Official_with_a_nationality_is_a_person_of_that_state(string phrase, string country)
    {
        var m = Resolved.Phrase(phrase);
        Assert.That((m.Kind, m.Country), Is.EqualTo((MentionKind.PERSON, country)));
    }

    [TestCase("الخارجية الإيرانية", "IRN")]
    [TestCase("وزارة الخارجية الروسية", "RUS")]
    [TestCase("وزارة الخارجية القطرية", "QAT")]
    public void Ministry_with_a_nationality_belongs_to_that_state(string phrase, string country)
    {
        var m = Resolved.Phrase(phrase);
        Assert.That(m.Country, Is.EqualTo(country));
        Assert.That(m.Kind, Is.Not.EqualTo(MentionKind.PERSON));
    }

    [TestCase("وزير", MentionKind.PERSON)]
    [TestCase("المتحدث", MentionKind.PERSON)]
    [TestCase("شركة", MentionKind.ORG)]
    [TestCase("حركة", MentionKind.GROUP)]
    [TestCase("السلطات", MentionKind.GPE)]
    public void Head_word_gives_a_described_actor_its_kind(string phrase, MentionKind kind)
    {
        Assert.That(Resolved.Phrase(phrase).Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Resolved_mention_text_is_the_substring_of_its_offsets()
    {
        const string phrase = "وزير الخارجية الأمريكي";
        var m = Resolved.Phrase(phrase);
        Assert.That((m.Start, m.End, m.Text), Is.EqualTo((0, phrase.Length, phrase)));
    }

    [TestCase("الأمين العام للأمم المتحدة")]
    [TestCase("المتحدث باسم الجيش")]
    public void Title_holder_is_a_person(string phrase)
    {
        Assert.That(Resolved.Phrase(phrase).Kind, Is.EqualTo(MentionKind.PERSON));
    }

    [TestCase("الخارجية الإيرانية", "وزارة الخارجية الإيرانية")]
    public void Ministry_short_form_gets_a_canonical_name(string phrase, string canonical)
    {
        Assert.That(Resolved.Phrase(phrase).Canonical, Is.EqualTo(canonical));
    }
}
