using NUnit.Framework;
using Pipeline.Claims.Learning;
using Pipeline.Read;
using Pipeline.Review;
using Pipeline.Worker.Training;

namespace Pipeline.Tests.Claims.Learning;

public class ReviewTrainingTests
{
    private const string Article = "عنوان\nقال الوزير خالد سالم إن الحكومة فشلت في إدارة الأزمة.\nونفت الشركة الاتهامات الموجهة إليها.\nودعا النائب أحمد علي البلدية إلى إصلاح الطرق.\n";

    private string _dir = null!;

    [SetUp]
    public void Make() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "review-training-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    // the article on disk, its grammar claims as records, and a store where the first is accepted and the second rejected
    private (string Store, int Claims) Reviewed()
    {
        var path = Path.Combine(_dir, "tr-reviewed-01.txt");
        File.WriteAllText(path, Article);
        var records = Analysed.Processor.Process(new RawInput(path, null, File.ReadAllBytes(path)), CancellationToken.None).Claims;
        Assume.That(records, Has.Count.GreaterThanOrEqualTo(3), "the grammar finds the three claims");
        var store = Path.Combine(_dir, "reviews.db");
        using var s = ReviewStore.Open(store);
        s.Record(
        [
            (new ReviewDecision(records[0].Id, DecisionKind.Accept, ClaimFix.None, null, "test"), records[0]),
            (new ReviewDecision(records[1].Id, DecisionKind.Reject, ClaimFix.None, null, "test"), records[1]),
        ], DateTimeOffset.UnixEpoch);
        return (store, records.Count);
    }

    [Test]
    public void A_reviewed_article_outside_the_gold_becomes_a_partial_training_article()
    {
        var (store, _) = Reviewed();
        var (articles, count) = ReviewTraining.Load(store, Analysed.Processor, new HashSet<string>(), CancellationToken.None);
        Assert.That(articles, Has.Count.EqualTo(1));
        Assert.That(articles[0].Partial, Is.True);
        Assert.That(articles[0].Gold, Has.Count.EqualTo(1));
        Assert.That(articles[0].Rejected, Has.Count.EqualTo(1));
        Assert.That(count, Is.EqualTo(new ReviewTrainingCount(2, 1, 0, 0)));
    }

    [Test]
    public void Decisions_on_gold_articles_leave_the_gold_as_it_is()
    {
        var (store, _) = Reviewed();
        var (articles, count) = ReviewTraining.Load(store, Analysed.Processor, new HashSet<string> { "tr-reviewed-01" }, CancellationToken.None);
        Assert.That(articles, Is.Empty);
        Assert.That(count.InGold, Is.EqualTo(2));
    }

    [Test]
    public void Only_the_reviewed_candidates_of_a_partial_article_teach_the_type_model()
    {
        var (store, claims) = Reviewed();
        var (articles, _) = ReviewTraining.Load(store, Analysed.Processor, new HashSet<string>(), CancellationToken.None);
        var types = new List<Example>();
        ClaimTraining.AddExamples(articles[0], types, []);
        Assert.That(claims, Is.GreaterThan(2));
        Assert.That(types.Select(e => e.Label).Order(), Is.EqualTo(new[] { 0, LearnedClaimModel.TypeClasses.ToList().IndexOf(articles[0].Gold[0].Type) }.Order()));
    }

    [Test]
    public void A_missing_store_is_refused_with_its_path()
    {
        var missing = Path.Combine(_dir, "none.db");
        var ex = Assert.Throws<FileNotFoundException>(() => ReviewTraining.Load(missing, Analysed.Processor, new HashSet<string>(), CancellationToken.None));
        Assert.That(ex!.Message, Does.Contain(missing));
    }
}
