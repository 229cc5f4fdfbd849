using NUnit.Framework;
using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Text;
using Pipeline.Training;

namespace Pipeline.Tests.Claims.Learning;

public class ClaimTrainingTests
{
    private ClaimFixture _fixture = null!;
    private List<TrainingArticle> _articles = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _fixture = new ClaimFixture();
        _articles = _fixture.Load();
    }

    [OneTimeTearDown]
    public void Remove() => _fixture.Dispose();

    [Test]
    public void The_training_set_reads_every_article_of_the_folders_with_its_gold()
    {
        Assert.That(_articles, Has.Count.EqualTo(16));
        Assert.That(_articles.Sum(a => a.Gold.Count), Is.EqualTo(32));
        Assert.That(_articles.Select(a => a.Group).Distinct().Order(), Is.EqualTo(new[] { "tr-alpha", "tr-beta" }));
    }

    [Test]
    public void Candidates_are_labelled_with_the_type_of_the_gold_claim_they_match()
    {
        var a = _articles[0];
        var matched = ClaimTraining.Match(a);
        var types = matched.Where(m => m >= 0).Select(m => a.Gold[m].Type).Order().ToList();
        Assert.That(types, Is.EqualTo(new[] { "accusation", "statement" }), () => Analysed.Describe(a.Document));
    }

    [Test]
    public void A_model_trained_on_content_accusations_types_an_unseen_one_and_finds_its_doer()
    {
        var model = ClaimTraining.Train(_articles, new ClaimTraining.Settings(), ClaimFixture.Parts);
        var refiner = ClaimFixture.Parts.Refiner(model);
        // an invented sentence: another speaker, target and wrong than the fixture's pairs
        var d = Analysed.Text("قال رئيس الحزب خالد منصور إن البلدية تلاعبت بأسعار الوقود.");
        var claims = refiner.Refine(d, [.. d.Claims]);
        Assert.That(claims, Has.Count.EqualTo(1), () => Analysed.Describe(d));
        Assert.That(claims[0].Type, Is.EqualTo(ClaimType.Accusation));
        Assert.That(claims[0].Target?.Text, Does.Contain("البلدية"));
        Assert.That(d.Text.Substring(claims[0].Target!.Start, claims[0].Target!.End - claims[0].Target!.Start), Is.EqualTo(claims[0].Target!.Text));
        Assert.That(claims[0].Confidence, Is.InRange(0.5, 1.0));
    }

    [Test]
    public void A_plain_statement_stays_a_statement_without_target()
    {
        var model = ClaimTraining.Train(_articles, new ClaimTraining.Settings(), ClaimFixture.Parts);
        var d = Analysed.Text("وقال النائب أحمد سالم إن الاجتماع سيعقد يوم الأحد المقبل.");
        var claims = ClaimFixture.Parts.Refiner(model).Refine(d, [.. d.Claims]);
        Assert.That(claims.Select(c => c.Type), Is.EqualTo(new[] { ClaimType.Statement }), () => Analysed.Describe(d));
        Assert.That(claims[0].Target, Is.Null);
    }

    [Test]
    public void Training_is_deterministic_for_a_seed()
    {
        var a = ClaimTraining.Train(_articles, new ClaimTraining.Settings(Seed: 5), ClaimFixture.Parts);
        var b = ClaimTraining.Train(_articles, new ClaimTraining.Settings(Seed: 5), ClaimFixture.Parts);
        Assert.That(a.Type.Weights.ToArray(), Is.EqualTo(b.Type.Weights.ToArray()));
        Assert.That(a.Target.Weights.ToArray(), Is.EqualTo(b.Target.Weights.ToArray()));
    }

    [Test]
    public void Cross_validation_predicts_each_article_once_with_a_model_that_never_saw_it()
    {
        var cv = ClaimCrossValidation.Run(_articles, 4, 7, new ClaimTraining.Settings(), ClaimFixture.Parts, ClaimFixture.Builder);
        Assert.That(cv.Pred.Keys.Order(), Is.EqualTo(_articles.Select(a => a.Doc).Order()));
        Assert.That(cv.FoldOf.Values.Distinct().Order(), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        // the held-out article's claims are exactly those of a model trained on the other folds only
        var held = _articles[3];
        int fold = cv.FoldOf[held.Doc];
        var model = ClaimTraining.Train(_articles.Where(a => cv.FoldOf[a.Doc] != fold), new ClaimTraining.Settings(), ClaimFixture.Parts);
        var again = ClaimCrossValidation.Predict(ClaimFixture.Parts.Refiner(model), ClaimFixture.Builder, held);
        Assert.That(again.Select(r => r.Id), Is.EqualTo(cv.Records[held.Doc].Select(r => r.Id)));
    }

    [Test]
    public void No_article_falls_in_two_folds()
    {
        var folds = GroupedFolds.Assign(_articles.Select(a => a.Doc).Concat(_articles.Select(a => a.Doc)), 5, 3);
        Assert.That(folds, Has.Count.EqualTo(_articles.Count));
        Assert.That(folds.Values, Has.All.InRange(0, 4));
    }

    [TestCase("tr-levant-iraq-mps-01", "tr-levant")]
    [TestCase("snn-okaz-12", "snn")]
    [TestCase("dev-youm7-uefa-ballondor-01", "dev")]
    [TestCase("seed", "seed")]
    public void The_group_is_the_file_names_prefix(string doc, string group) =>
        Assert.That(TrainingArticle.GroupOf(doc), Is.EqualTo(group));

    [Test]
    public void An_empty_gold_file_is_an_article_without_claims()
    {
        var dir = Path.Combine(_fixture.Dir, "empty");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "tr-gamma-01.gold.jsonl"), "");
        var gold = ClaimFiles.LoadGold([dir]);
        Assert.That(gold.Keys, Is.EqualTo(new[] { "tr-gamma-01" }));
        Assert.That(gold["tr-gamma-01"], Is.Empty);
    }
}
