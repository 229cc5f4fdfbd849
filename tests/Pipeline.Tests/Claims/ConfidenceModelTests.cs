using Microsoft.ML;
using Pipeline.Claims;

namespace Pipeline.Tests.Claims;

public class ConfidenceModelTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "confidence-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>Seeded synthetic rows: claims with a direct quote and a named speaker tend to be correct.</summary>
    private static List<ClaimFeatureRow> Rows(int n, int seed)
    {
        var random = new Random(seed);
        var constructions = new[] { "verb-subject", "subject-first", "participle", "headline" };
        return Enumerable.Range(0, n).Select(i =>
        {
            bool quote = random.Next(2) == 0, named = random.Next(2) == 0;
            return new ClaimFeatureRow
            {
                Construction = constructions[random.Next(constructions.Length)],
                CueLemma = random.Next(2) == 0 ? "قال" : "نفى",
                CueClass = "Verb",
                CueType = "statement",
                ClaimType = "statement",
                SpeakerKind = named ? "PERSON" : "OTHER",
                SpeakerSource = "phrase",
                TargetKind = "none",
                QuotePresent = quote ? 1 : 0,
                SpeakerHasCanonical = named ? 1 : 0,
                SentenceTokens = random.Next(5, 40),
                RulePrior = (float)random.NextDouble(),
                Label = (quote && named) || random.Next(5) == 0,
            };
        }).ToList();
    }

    private string TrainedModel()
    {
        var ml = new MLContext(1);
        var path = Path.Combine(_dir, ConfidenceModel.FileName);
        ConfidenceTrainer.Save(ml, ConfidenceTrainer.Fit(ml, Rows(80, 1)), path);
        return path;
    }

    [Test]
    public void Missing_model_file_fails_with_its_path_and_the_fix()
    {
        var path = Path.Combine(_dir, ConfidenceModel.FileName);
        var ex = Assert.Throws<FileNotFoundException>(() => ConfidenceModel.Load(path, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("train claims").And.Contain("ClaimScorer"));
    }

    [Test]
    public void Corrupt_model_file_fails_with_its_path_and_the_fix()
    {
        var path = Path.Combine(_dir, ConfidenceModel.FileName);
        File.WriteAllText(path, "not a zip");
        var ex = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("train claims"));
    }

    [Test]
    public void Model_scores_are_probabilities()
    {
        using var model = ConfidenceModel.Load(TrainedModel(), new ClaimFeatures(null));
        var scores = Rows(200, 2).Select(model.Predict).ToList();
        Assert.That(scores, Has.All.InRange(0.0, 1.0));
        Assert.That(scores.Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Model_scores_a_hand_built_claim_in_range()
    {
        using var model = ConfidenceModel.Load(TrainedModel(), new ClaimFeatures(null));
        var (doc, headline, said) = ConfidenceFeaturesTests.Build();
        Assert.That(new[] { model.Score(doc, headline), model.Score(doc, said) }, Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Eight_threads_score_as_one_does()
    {
        using var model = ConfidenceModel.Load(TrainedModel(), new ClaimFeatures(null));
        var rows = Rows(2000, 3);
        var sequential = rows.Select(model.Predict).ToArray();
        var parallel = new double[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = model.Predict(rows[i]));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void Training_is_reproducible_with_the_same_seed()
    {
        var a = ConfidenceModel.Load(TrainedModel(), new ClaimFeatures(null));
        var b = ConfidenceModel.Load(TrainedModel(), new ClaimFeatures(null));
        var rows = Rows(50, 4);
        Assert.That(rows.Select(a.Predict), Is.EqualTo(rows.Select(b.Predict)));
        a.Dispose();
        b.Dispose();
    }

    [Test]
    public void Committed_model_loads_with_the_current_features()
    {
        var path = Path.Combine(Pipeline.Processing.ModelPaths.Locate(), ConfidenceModel.FileName);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var model = ConfidenceModel.Load(path, new ClaimFeatures(null));
        TestContext.Out.WriteLine($"loaded {path} in {clock.ElapsedMilliseconds} ms");
        var warm = System.Diagnostics.Stopwatch.StartNew();
        ConfidenceModel.Load(path, new ClaimFeatures(null)).Dispose();
        TestContext.Out.WriteLine($"second load {warm.ElapsedMilliseconds} ms");
        var (doc, headline, _) = ConfidenceFeaturesTests.Build();
        Assert.That(model.Score(doc, headline), Is.InRange(0.0, 1.0));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "generous bound for a busy machine; about 0.3 s when idle");
    }

    /// <summary>Rows with every numeric field spread over its range (bins) and categories the models may or may not know.</summary>
    private static List<ClaimFeatureRow> VariedRows(int n, int seed)
    {
        var random = new Random(seed);
        var rows = Rows(n, seed);
        string[] kinds = ["PERSON", "ORG", "GPE", "OTHER", "never-seen"];
        foreach (var r in rows)
        {
            r.ClaimType = random.Next(2) == 0 ? "accusation" : "statement";
            r.SpeakerKind = kinds[random.Next(kinds.Length)];
            r.TargetKind = random.Next(2) == 0 ? "none" : "ORG";
            r.TypedByContent = random.Next(2);
            r.SpeakerWords = random.Next(0, 8);
            r.ContentWords = random.Next(0, 60);
            r.CuePosition = (float)random.NextDouble();
            r.CueTokenIndex = random.Next(0, 40);
            r.SpeakerCueDistance = random.Next(-10, 10);
            r.SentencePosition = random.Next(3) == 0 ? 0 : (float)random.NextDouble();
            r.ClaimsInSentence = random.Next(1, 5);
            r.ClaimsOnCue = random.Next(1, 3);
            r.FirstLine = random.Next(2);
        }
        return rows;
    }

    [Test]
    public void Direct_scoring_gives_the_prediction_engine_probability()
    {
        var committed = Path.Combine(Pipeline.Processing.ModelPaths.Locate(), ConfidenceModel.FileName);
        foreach (var path in new[] { TrainedModel(), committed })
        {
            using var model = ConfidenceModel.Load(path, new ClaimFeatures(null));
            Assert.That(model.ScoresDirectly, Is.True, path);
            foreach (var row in VariedRows(3000, 6).Append(new ClaimFeatureRow()))
                Assert.That(model.Predict(row), Is.EqualTo(model.PredictWithEngine(row)).Within(1e-6), path);
        }
    }

    [Test]
    public void Rule_scorer_stays_in_range()
    {
        var (doc, headline, said) = ConfidenceFeaturesTests.Build();
        Assert.That(new[] { new RuleScorer().Score(doc, headline), new RuleScorer().Score(doc, said) }, Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Training_without_both_classes_says_what_is_missing()
    {
        var rows = Rows(20, 5);
        foreach (var r in rows) r.Label = true;
        var ex = Assert.Throws<InvalidOperationException>(() => ConfidenceTrainer.Fit(new MLContext(1), rows));
        Assert.That(ex!.Message, Does.Contain("both correct and wrong"));
    }
}
