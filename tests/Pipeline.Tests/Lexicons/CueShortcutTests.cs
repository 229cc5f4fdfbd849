using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Processing;
using Pipeline.Segment;

namespace Pipeline.Tests.Lexicons;

/// <summary>The cue lexicon's quick reject may let non-cues through, but must never turn a cue away.</summary>
public class CueShortcutTests
{
    [Test]
    public void Every_cue_form_with_every_clitic_passes_the_quick_check()
    {
        var path = Path.Combine(ModelPaths.Locate(), "cues.tsv");
        var lexicon = CueLexicon.Load(path);
        var forms = TsvFile.Read(path).Select(r => ArabicNormalizer.Normalize(r.Fields[0])).ToList();
        string[] prefixes = ["", .. Clitics.AllPrefixes];
        string[] suffixes = ["", .. Clitics.AllSuffixes];
        foreach (var form in forms)
            foreach (var p in prefixes)
                foreach (var s in suffixes)
                    Assert.That(lexicon.MayBeCue(p + form + s), Is.True, p + form + s);
    }

    [TestCase("وقال")]
    [TestCase("نفاه")]
    [TestCase("واتهمها")]
    public void Quick_check_keeps_cues_with_clitics(string word) =>
        Assert.That(CueLexicon.Load(Path.Combine(ModelPaths.Locate(), "cues.tsv")).MayBeCue(ArabicNormalizer.Normalize(word)), Is.True);

    [Test]
    public void Longest_clitics_are_what_the_quick_check_assumes()
    {
        Assert.That(Clitics.AllPrefixes.Max(p => p.Length), Is.LessThanOrEqualTo(Clitics.LongestPrefix));
        Assert.That(Clitics.AllSuffixes.Max(s => s.Length), Is.LessThanOrEqualTo(Clitics.LongestSuffix));
    }
}
