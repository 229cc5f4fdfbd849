using NUnit.Framework;
using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Text;

namespace Pipeline.Tests.Claims.Learning;

public class GoldCandidatesTests
{
    private const string Text = "عنوان\nقال النائب سامي العلي إن الحكومة فشلت في إدارة الأزمة.\nوأضاف أن الوزارة أهملت المستشفيات.\n";

    private static TrainingArticle Article(params GoldClaim[] gold) =>
        new("tr-test-01", "tr-test", Analysed.Text(Text), [], gold);

    [Test]
    public void A_gold_claim_without_candidate_is_located_by_its_strings()
    {
        var gold = ClaimFiles.Gold("tr-test-01", "accusation", "النائب سامي العلي", "الحكومة", "الحكومة فشلت في إدارة الأزمة", null, "قال");
        var a = Article(gold);
        var located = GoldCandidates.Locate(a, new HashSet<int>(), ClaimFixture.Parts);
        Assert.That(located, Has.Count.EqualTo(1));
        var (claim, g) = located[0];
        var d = a.Document;
        Assert.That(g, Is.SameAs(gold));
        Assert.That(d.Slice(claim.Content!.Value), Is.EqualTo("الحكومة فشلت في إدارة الأزمة"));
        Assert.That(d.Slice(claim.Cue), Is.EqualTo("قال"));
        Assert.That(claim.Speaker.Text, Is.EqualTo("النائب سامي العلي"));
        Assert.That(claim.Construction, Is.EqualTo("verb-subject"));
        Assert.That(claim.Sentence.Contains(claim.Content!.Value), Is.True);
    }

    [Test]
    public void A_continuation_takes_the_speaker_of_an_earlier_sentence()
    {
        var gold = ClaimFiles.Gold("tr-test-01", "accusation", "النائب سامي العلي", "الوزارة", "الوزارة أهملت المستشفيات", null, "أضاف");
        var (claim, _) = GoldCandidates.Locate(Article(gold), new HashSet<int>(), ClaimFixture.Parts).Single();
        Assert.That(claim.Construction, Is.EqualTo("continuation"));
        Assert.That(claim.Speaker.Start, Is.LessThan(claim.Sentence.Start));
    }

    [Test]
    public void Matched_gold_claims_and_strings_not_in_the_text_give_no_candidate()
    {
        var matched = ClaimFiles.Gold("tr-test-01", "statement", "النائب سامي العلي", null, "الحكومة فشلت في إدارة الأزمة", null, "قال");
        var absent = ClaimFiles.Gold("tr-test-01", "statement", "الوزير", null, "نص لا يرد في المقال", null, "قال");
        Assert.That(GoldCandidates.Locate(Article(matched, absent), new HashSet<int> { 0 }, ClaimFixture.Parts), Is.Empty);
    }

    [Test]
    public void Located_claims_become_type_examples_labelled_with_their_gold_type()
    {
        var gold = ClaimFiles.Gold("tr-test-01", "accusation", "النائب سامي العلي", "الحكومة", "الحكومة فشلت في إدارة الأزمة", null, "قال");
        var types = new List<Example>();
        var targets = new List<Example>();
        ClaimTraining.AddExamples(Article(gold), types, targets, ClaimFixture.Parts);
        Assert.That(types.Select(e => e.Label), Is.EqualTo(new[] { LearnedClaimModel.ClassOf(ClaimType.Accusation) }));
        Assert.That(targets.Count(e => e.Label == 1), Is.GreaterThanOrEqualTo(1), "the word الحكومة is a positive target example");
    }
}
