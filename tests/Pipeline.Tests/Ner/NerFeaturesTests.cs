using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class NerFeaturesTests
{
    private static readonly NerGazetteer Gazetteer = new(
    [
        new GazetteerEntry(["لبنان"], "LOC_COUNTRY", 1),
        new GazetteerEntry(["الولايات", "المتحده"], "LOC_COUNTRY", 1),
        new GazetteerEntry(["جورج"], "PERS_WD", 250),
        new GazetteerEntry(["سميث"], "PERS_WD", 1),
    ]);

    private static readonly NerLexicon Lexicon = NerLexicon.Build(
    [
        new ConllSentence(["زار", "العراق", "وزير"], ["O", "B-LOC", "O"]),
        new ConllSentence(["في", "العراق"], ["O", "B-LOC"]),
    ]);

    private static List<string> FeaturesOf(string sentence, int position)
    {
        var features = new NerFeatures(Gazetteer, Lexicon, new NerFeatureOptions());
        var infos = features.Analyse(sentence.Split(' '));
        var list = new List<string>();
        features.Static(infos, position, list);
        return list;
    }

    [Test]
    public void Token_features_hold_normalised_word_stem_and_affixes()
    {
        var f = FeaturesOf("قال وزير خارجية والعراق أمس", 3);
        Assert.That(f, Does.Contain("w=والعراق"));
        Assert.That(f, Does.Contain("s=عراق"));
        Assert.That(f, Does.Contain("cp=وال"));
        Assert.That(f, Does.Contain("p2=وا"));
        Assert.That(f, Does.Contain("x3=راق"));
        Assert.That(f, Does.Contain("sh=A"));
        Assert.That(f, Does.Contain("w-1=خارجيه"));
        Assert.That(f, Does.Contain("w+1=امس"));
        Assert.That(f, Does.Contain("w+2=<s>"));
        Assert.That(f, Does.Contain("s-1|s=خارجيه|عراق"));
    }

    [TestCase("زار بلبنان", 1, "g=C:LOC_COUNTRY")]
    [TestCase("زار لبنان", 1, "g=W:LOC_COUNTRY")]
    [TestCase("قال جورج", 1, "g=W:PERS_WD100")]
    [TestCase("قال جورج", 0, "g+1=W:PERS_WD100")]
    [TestCase("قال سميث", 1, "g=W:PERS_WD1")]
    [TestCase("في والولايات المتحدة", 1, "g=B:LOC_COUNTRY")]
    [TestCase("في والولايات المتحدة", 2, "g=I:LOC_COUNTRY")]
    public void Gazetteer_labels_are_features(string sentence, int position, string expected) =>
        Assert.That(FeaturesOf(sentence, position), Does.Contain(expected));

    [TestCase("زار سوريا امس", 1, "lx|s-1=unseen|زار")]
    [TestCase("زار سوريا امس", 1, "lx|s+1=unseen|امس")]
    [TestCase("في زار العراق", 2, "lx|s-2=LOC_hi_r|في")]
    [TestCase("زار العراق", 1, "lx|x2=LOC_hi_r|اق")]
    [TestCase("قال لبنان", 1, "lx|g=unseen|W:LOC_COUNTRY")]
    public void Lexicon_band_is_conjoined_with_the_context(string sentence, int position, string expected)
    {
        var features = new NerFeatures(Gazetteer, Lexicon, new NerFeatureOptions(LexiconContext: true));
        var list = new List<string>();
        features.Static(features.Analyse(sentence.Split(' ')), position, list);
        Assert.That(list, Does.Contain(expected));
        Assert.That(FeaturesOf(sentence, position), Has.None.StartsWith("lx|s-1="));
    }

    [TestCase("قال والعراق", 1, "lx=LOC_hi_r")]
    [TestCase("قال والعراق", 0, "lx+1=LOC_hi_r")]
    [TestCase("قال وزير", 1, "lx=PERS_never_r")]
    [TestCase("قال سوريا", 1, "lx=unseen")]
    public void Training_lexicon_band_is_a_feature(string sentence, int position, string expected) =>
        Assert.That(FeaturesOf(sentence, position), Does.Contain(expected));

    [TestCase("Reuters", "L")]
    [TestCase("2006", "D")]
    [TestCase("(د", "PA")]
    [TestCase("لبنان", "A")]
    [TestCase("،", "P")]
    public void Shape_names_character_classes(string token, string shape) =>
        Assert.That(NerFeatures.Shape(token), Is.EqualTo(shape));

    [Test]
    public void Previous_tag_features_name_the_tag_or_the_sentence_start()
    {
        var features = new NerFeatures(Gazetteer, Lexicon, new NerFeatureOptions());
        var infos = features.Analyse(["جورج", "بوش"]);
        var list = new List<string>();
        features.Previous(infos, 0, null, list);
        features.Previous(infos, 1, "B-PERS", list);
        Assert.That(list, Does.Contain("pt=<s>").And.Contain("pt=B-PERS").And.Contain("pt|s=B-PERS|بوش"));
    }

    [Test]
    public void Hash_is_stable_and_within_the_bit_range()
    {
        int first = NerFeatures.Hash("w=لبنان", 18), second = NerFeatures.Hash("w=لبنان", 18);
        Assert.That(first, Is.EqualTo(second));
        Assert.That(NerFeatures.Hash("w=لبنان", 10), Is.InRange(0, 1023));
    }

    [Test]
    public void Empty_sentence_has_no_token_infos() =>
        Assert.That(new NerFeatures(Gazetteer, Lexicon, new NerFeatureOptions()).Analyse([]), Is.Empty);
}
