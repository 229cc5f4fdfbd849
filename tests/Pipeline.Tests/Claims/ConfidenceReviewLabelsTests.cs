using Pipeline.Claims;
using Pipeline.Evaluation;
using Pipeline.Extract;
using Pipeline.Lexicons;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Review;
using Pipeline.Training;
using Pipeline.Worker.Training;

namespace Pipeline.Tests.Claims;

/// <summary>Review decisions become training labels by claim id, over the repository's models (rule scorer).</summary>
public class ConfidenceReviewLabelsTests
{
    private const string Article =
        "بايدن يتهم الصين\n" +
        "اتهم الرئيس جو بايدن السلطات الصينية بحماية منفذي الهجمات. " +
        "ونفت بكين الاتهامات، وقالت إنها \"مزاعم لا أساس لها\".\n" +
        "وقال بايدن إن الصين ستدفع الثمن.";

    private const string Gold = """
        {"doc": "doc1", "type": "accusation", "speaker": "الرئيس جو بايدن", "target": "السلطات الصينية", "content": "بحماية منفذي الهجمات", "quote": null}
        """;

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "review-labels-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "articles"));
        File.WriteAllText(Path.Combine(_dir, "articles", "doc1.txt"), Article);
        File.WriteAllText(Path.Combine(_dir, "doc1.gold.jsonl"), Gold);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Accepted_claims_become_correct_rejected_and_fixed_ones_wrong_and_unknown_ids_are_counted()
    {
        var models = ModelPaths.Locate();
        var features = new ClaimFeatures(CueLexicon.Load(Path.Combine(models, "cues.tsv")));
        var processor = new ArticleProcessor(new ArticleExtractor(), Stages.Load(models, ClaimScorerKind.Rules), new ClaimRecordBuilder(0.6, "test"));
        var gold = ClaimFiles.LoadGold([Path.Combine(_dir, "doc1.gold.jsonl")]);
        var data = ConfidenceDataset.Build(processor, features, Path.Combine(_dir, "articles"), gold, CancellationToken.None);
        Assume.That(data.Claims.Count(c => !c.Label), Is.GreaterThanOrEqualTo(1), "the grammar found no wrong claim in the fixture");
        Assume.That(data.Claims.Count(c => c.Label), Is.GreaterThanOrEqualTo(1), "the grammar found no correct claim in the fixture");
        var wrong = data.Claims.First(c => !c.Label);
        var right = data.Claims.First(c => c.Label);
        var unknown = wrong.Record with { Id = "c-000000000000" };
        var storePath = Path.Combine(_dir, "reviews.db");
        using (var store = ReviewStore.Open(storePath))
        {
            store.Record(
            [
                (new ReviewDecision(wrong.ClaimId, DecisionKind.Accept, ClaimFix.None, null, null), wrong.Record),
                (new ReviewDecision(right.ClaimId, DecisionKind.Fix, new ClaimFix(Content: "x"), null, null), right.Record),
                (new ReviewDecision(unknown.Id, DecisionKind.Reject, ClaimFix.None, null, null), unknown),
            ], DateTimeOffset.UnixEpoch);
        }

        var (rows, count) = ReviewLabels.Apply(storePath, data, processor, features, CancellationToken.None);

        Assert.That(count, Is.EqualTo(new ReviewLabelCount(3, 2, 0, 1)));
        Assert.That(rows, Has.Count.EqualTo(data.Claims.Count));
        Assert.That(rows.Count(r => r.Label), Is.EqualTo(data.Claims.Count(c => c.Label)));
        Assert.That(wrong.Label, Is.False, "the gold-labelled set itself is left unchanged");
    }
}
