using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Normalise;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Lexicons;

/// <summary>Lexicon entries go through the same normaliser as the text, so spelling variants match.</summary>
public class LexiconNormalisationTests
{
    private TempModels _models = null!;

    [SetUp]
    public void Create() => _models = new TempModels();

    [TearDown]
    public void Remove() => _models.Dispose();

    private static List<Token> Tokens(string text)
    {
        var document = new Document("a-test", text, new ArticleMeta());
        new TokenizeStage().Process(document, CancellationToken.None);
        return document.Tokens;
    }

    [TestCase("أَدانَت", "ادانت")]
    [TestCase("أدانت", "وادانت")]
    [TestCase("ادانت", "وأدانَت")]
    [TestCase("اتّهم", "اتهم")]
    [TestCase("اتهم", "واتّهم")]
    [TestCase("إتهم", "اتـــهم")]
    public void Cue_written_with_hamza_or_diacritics_matches_the_folded_text(string entry, string text)
    {
        var path = _models.Write("cues.tsv", $"{entry}\tأدان\tcondemnation\tverb");
        var lexicon = CueLexicon.Load(path);
        var match = lexicon.Match(Tokens(text), 0);
        Assert.That(match, Is.Not.Null, $"{entry} should match {text}");
        Assert.That(match!.Entry.Lemma, Is.EqualTo("أدان"));
    }

    [Test]
    public void Cue_does_not_match_a_different_word()
    {
        var lexicon = CueLexicon.Load(_models.Write("cues.tsv", "أدان\tأدان\tcondemnation\tverb"));
        Assert.That(lexicon.Match(Tokens("أذان"), 0), Is.Null);
    }

    [Test]
    public void Cue_requirement_is_normalised_too()
    {
        var lexicon = CueLexicon.Load(_models.Write("cues.tsv", "حمّل\tحمل المسؤولية\taccusation\tverb\tمسؤولي"));
        Assert.That(lexicon.Match(Tokens("حمّل الوزير المعارضة المسؤولية عن الفوضى"), 0), Is.Not.Null);
        Assert.That(lexicon.Match(Tokens("حمّل الوزير الحقائب إلى السيارة"), 0), Is.Null);
    }

    [TestCase("الأُمَم المُتّحدة", "الامم المتحده")]
    [TestCase("الأمم المتحدة", "للأمم المتحدة")]
    public void Gazetteer_name_written_with_diacritics_matches_the_folded_text(string entry, string text)
    {
        var gazetteer = ActorGazetteer.Load(_models.Write("actors-extra.tsv", $"{entry}\tالأمم المتحدة\tORG"));
        var tokens = Tokens(text);
        var hit = gazetteer.Match(tokens, 0, tokens.Count);
        Assert.That(hit, Is.Not.Null);
        Assert.That(hit!.Actor.Canonical, Is.EqualTo("الأمم المتحدة"));
        Assert.That(hit.End, Is.EqualTo(2));
    }

    [Test]
    public void Gazetteer_keeps_the_country_code_only_when_it_has_three_letters()
    {
        var gazetteer = ActorGazetteer.Load(_models.Write("actors-extra.tsv", "بكين\tالصين\tGPE\tCHN", "الناتو\tحلف شمال الأطلسي\tORG\t-"));
        Assert.That(gazetteer.Match(Tokens("بكين"), 0, 1)!.Actor.Country, Is.EqualTo("CHN"));
        Assert.That(gazetteer.Match(Tokens("الناتو"), 0, 1)!.Actor.Country, Is.Null);
    }

    [Test]
    public void Repository_cue_lexicon_loads_and_is_not_empty()
    {
        var lexicon = CueLexicon.Load(Pipeline.Processing.ModelPaths.Require(Pipeline.Processing.ModelPaths.Locate(), "cues.tsv"));
        Assert.That(lexicon.Count, Is.GreaterThan(100));
    }
}
