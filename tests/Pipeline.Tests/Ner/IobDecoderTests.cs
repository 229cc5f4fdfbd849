using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class IobDecoderTests
{
    [TestCase(null, "I-PERS", false)]
    [TestCase("O", "I-PERS", false)]
    [TestCase("B-LOC", "I-PERS", false)]
    [TestCase("I-ORG", "I-LOC", false)]
    [TestCase("B-PERS", "I-PERS", true)]
    [TestCase("I-PERS", "I-PERS", true)]
    [TestCase("O", "B-ORG", true)]
    [TestCase(null, "B-MISC", true)]
    [TestCase("B-LOC", "O", true)]
    public void Transitions_follow_IOB2(string? previous, string tag, bool allowed) =>
        Assert.That(NerTags.IsAllowed(previous, tag), Is.EqualTo(allowed));

    /// <summary>Scores that prefer <paramref name="favourite"/> at every position whatever came before.</summary>
    private static double[][,] Prefer(params string[] favourite) =>
        favourite.Select(tag =>
        {
            var m = new double[NerTags.Count + 1, NerTags.Count];
            for (int p = 0; p <= NerTags.Count; p++)
                for (int t = 0; t < NerTags.Count; t++) m[p, t] = NerTags.All[t] == tag ? -0.1 : NerTags.All[t] == "O" ? -1 : -3;
            return m;
        }).ToArray();

    [TestCase("I-PERS", "O")]
    [TestCase("O I-LOC", "O O")]
    [TestCase("B-ORG I-PERS", "B-ORG O")]
    [TestCase("B-PERS I-PERS I-PERS", "B-PERS I-PERS I-PERS")]
    public void Decoded_tags_never_break_IOB2(string favourites, string expected) =>
        Assert.That(string.Join(' ', IobDecoder.Decode(Prefer(favourites.Split(' ')))), Is.EqualTo(expected));

    [Test]
    public void Empty_sentence_decodes_to_nothing() => Assert.That(IobDecoder.Decode([]), Is.Empty);
}
