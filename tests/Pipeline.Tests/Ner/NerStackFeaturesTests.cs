using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class NerStackFeaturesTests
{
    private static readonly NerFeatures Analyser = new(NerGazetteer.Empty, NerLexicon.Empty, new NerFeatureOptions(Lexicon: false));

    private static List<string>[][] Compute(int window, params (string Tokens, string Tags)[] sentences) =>
        NerStackFeatures.Compute(
            sentences.Select(s => Analyser.Analyse(s.Tokens.Split(' '))).ToArray(),
            sentences.Select(s => s.Tags.Split(' ')).ToArray(), window);

    [Test]
    public void A_stem_tagged_elsewhere_in_the_story_carries_that_type()
    {
        var f = Compute(15, ("قال الرئيس طالباني", "O O B-PERS"), ("وانتقد وطالباني القرار", "O O O"));
        Assert.That(f[1][1], Does.Contain("d=PERS_hi").And.Contain("dany=PERS").And.Contain("d|f0=PERS_hi|O"));
    }

    [Test]
    public void The_token_itself_is_not_counted()
    {
        var f = Compute(15, ("قال الرئيس طالباني", "O O B-PERS"));
        Assert.That(f[0][2], Does.Contain("d=none").And.Not.Contain("dany=PERS"));
    }

    [Test]
    public void Sentences_beyond_the_window_are_another_story()
    {
        var f = Compute(1, ("زار طالباني", "O B-PERS"), ("ثم عاد", "O O"), ("قال طالباني", "O O"));
        Assert.That(f[2][1], Does.Contain("d=none"));
    }

    [TestCase(0, "f-1=<s>")]
    [TestCase(0, "f0=B-PERS")]
    [TestCase(0, "f+1=I-PERS")]
    [TestCase(1, "f-1|f0|f+1=B-PERS|I-PERS|O")]
    [TestCase(2, "f+1=</s>")]
    public void First_pass_tags_around_the_token_are_features(int position, string expected) =>
        Assert.That(Compute(15, ("جلال طالباني قال", "B-PERS I-PERS O"))[0][position], Does.Contain(expected));

    [Test]
    public void Punctuation_and_short_words_take_no_story_counts()
    {
        var f = Compute(15, ("في بغداد .", "O B-LOC O"), ("في بغداد .", "O B-LOC O"));
        Assert.That(f[1][0].Where(x => x.StartsWith("d")), Is.Empty);
        Assert.That(f[1][2].Where(x => x.StartsWith("d")), Is.Empty);
        Assert.That(f[1][1], Does.Contain("d=LOC_hi"));
    }

    [TestCase(new[] { 0, 0, 0, 0, 0 }, "none")]
    [TestCase(new[] { 2, 0, 0, 0, 0 }, "O")]
    [TestCase(new[] { 5, 0, 0, 0, 0 }, "O_f")]
    [TestCase(new[] { 1, 3, 0, 0, 0 }, "PERS_hi")]
    [TestCase(new[] { 2, 0, 1, 0, 0 }, "LOC_mid")]
    [TestCase(new[] { 9, 0, 0, 1, 0 }, "ORG_lo")]
    public void Story_counts_become_a_type_and_a_band(int[] counts, string band) =>
        Assert.That(NerStackFeatures.Band(counts), Is.EqualTo(band));

    [Test]
    public void Mismatched_first_pass_is_refused() =>
        Assert.Throws<ArgumentException>(() => NerStackFeatures.Compute([Analyser.Analyse(["قال"])], []));
}
