using Pipeline.Claims;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Processing;
using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Claims;

public class ConfidenceFeaturesTests
{
    private const string Text = "الجيش ينفي استهداف المدنيين\nوقال المتحدث باسم الجيش إن القوات انسحبت من المدينة.";

    /// <summary>A document analysed up to sentences (no model files needed) with two hand-built claims.</summary>
    internal static (Document Doc, Claim Headline, Claim Said) Build()
    {
        var doc = new Document("a-test", Text, new ArticleMeta());
        foreach (var stage in new IDocumentStage[] { new TokenizeStage(), new QuoteStage(), new SegmentStage() })
            stage.Process(doc, CancellationToken.None);
        var headline = new Claim
        {
            Type = ClaimType.Denial,
            Speaker = Mention("الجيش", 0, MentionKind.ORG, "الجيش"),
            Cue = Span("ينفي"),
            CueLemma = "نفى",
            Content = Span("استهداف المدنيين"),
            Sentence = new TextSpan(0, Text.IndexOf('\n')),
            Construction = "subject-first",
        };
        var said = new Claim
        {
            Type = ClaimType.Statement,
            Speaker = Mention("المتحدث باسم الجيش", Text.IndexOf("المتحدث"), MentionKind.PERSON, null),
            Cue = Span("وقال"),
            CueLemma = "قال",
            Content = Span("القوات انسحبت من المدينة"),
            Sentence = new TextSpan(Text.IndexOf("وقال"), Text.Length),
            Construction = "verb-subject+content",
        };
        doc.Claims.Add(headline);
        doc.Claims.Add(said);
        return (doc, headline, said);
    }

    private static TextSpan Span(string s) => new(Text.IndexOf(s), Text.IndexOf(s) + s.Length);

    private static Mention Mention(string s, int start, MentionKind kind, string? canonical) =>
        new(start, start + s.Length, s, kind, canonical, null, "phrase");

    [Test]
    public void Construction_loses_its_content_suffix_and_sets_typed_by_content()
    {
        var (doc, _, said) = Build();
        var row = new ClaimFeatures(null).Extract(doc, said);
        Assert.That(row.Construction, Is.EqualTo("verb-subject"));
        Assert.That(row.TypedByContent, Is.EqualTo(1f));
        Assert.That(row.ClaimType, Is.EqualTo("statement"));
    }

    /// <summary>A two-entry cue lexicon written to a temporary file.</summary>
    private static CueLexicon Cues()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "قال\tقال\tstatement\tverb\nينفي\tنفى\tdenial\tverb\n");
            return CueLexicon.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Cue_class_and_type_come_from_the_cue_lexicon()
    {
        var (doc, headline, _) = Build();
        var row = new ClaimFeatures(Cues()).Extract(doc, headline);
        Assert.That((row.CueClass, row.CueType), Is.EqualTo(("Verb", "denial")));
    }

    [Test]
    public void Verb_first_claim_has_its_speaker_one_token_after_a_conjunction_cue()
    {
        var (doc, _, said) = Build();
        var row = new ClaimFeatures(Cues()).Extract(doc, said);
        Assert.That(row.SpeakerCueDistance, Is.EqualTo(1f));
        Assert.That(row.CueConjunction, Is.EqualTo(1f));
        Assert.That(row.CueTokenIndex, Is.EqualTo(0f));
        Assert.That(row.SpeakerWords, Is.EqualTo(3f));
        Assert.That(row.ContentWords, Is.EqualTo(4f));
        Assert.That(row.FirstLine, Is.EqualTo(0f));
        Assert.That(row.SpeakerHasCanonical, Is.EqualTo(0f));
    }

    [Test]
    public void Headline_claim_is_on_the_first_line_with_its_speaker_before_the_cue()
    {
        var (doc, headline, _) = Build();
        var row = new ClaimFeatures(null).Extract(doc, headline);
        Assert.That(row.FirstLine, Is.EqualTo(1f));
        Assert.That(row.SpeakerCueDistance, Is.EqualTo(-1f));
        Assert.That(row.SpeakerHasCanonical, Is.EqualTo(1f));
        Assert.That(row.TargetKind, Is.EqualTo("none"));
        Assert.That(row.QuotePresent, Is.EqualTo(0f));
        Assert.That(row.ClaimsInSentence, Is.EqualTo(1f));
        Assert.That(row.CueClass, Is.EqualTo("unknown"));
    }

    [Test]
    public void Rule_prior_is_a_feature()
    {
        var (doc, headline, _) = Build();
        Assert.That(new ClaimFeatures(null).Extract(doc, headline).RulePrior, Is.EqualTo((float)new RuleScorer().Score(doc, headline)));
    }

    [TestCase("  عنوان\nنص", 3, true)]
    [TestCase("  عنوان\nنص", 8, false)]
    [TestCase("سطر واحد", 5, true)]
    public void First_line_ignores_leading_blank_space(string text, int position, bool expected) =>
        Assert.That(ClaimFeatures.OnFirstLine(text, position), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("قال")]
    [TestCase(" قال  الوزير\n\tإن ")]
    [TestCase("نفى\u00A0المتحدث\u2003ذلك")]
    public void Words_are_counted_as_split_on_white_space_counts_them(string text) =>
        Assert.That(ClaimFeatures.Words(text), Is.EqualTo((float)text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
}
