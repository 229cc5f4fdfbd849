using Microsoft.ML;
using Pipeline.Claims;
using Pipeline.Processing;

namespace Pipeline.Tests.Claims;

public class ConfidenceWeightsTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "weights-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static List<ClaimFeatureRow> Rows(int n, int seed)
    {
        var random = new Random(seed);
        string[] constructions = ["verb-subject", "subject-first", "participle", "headline", "never-seen"];
        string[] kinds = ["PERSON", "ORG", "GPE", "OTHER"];
        return Enumerable.Range(0, n).Select(_ =>
        {
            bool quote = random.Next(2) == 0, named = random.Next(2) == 0;
            return new ClaimFeatureRow
            {
                Construction = constructions[random.Next(constructions.Length)],
                CueLemma = random.Next(2) == 0 ? "قال" : "نفى",
                CueClass = "Verb",
                CueType = "statement",
                ClaimType = random.Next(2) == 0 ? "accusation" : "statement",
                SpeakerKind = kinds[random.Next(kinds.Length)],
                SpeakerSource = "grammar",
                TargetKind = "none",
                QuotePresent = quote ? 1 : 0,
                SpeakerHasCanonical = named ? 1 : 0,
                SpeakerWords = random.Next(0, 8),
                ContentWords = random.Next(0, 60),
                CuePosition = (float)random.NextDouble(),
                SentenceTokens = random.Next(5, 40),
                SpeakerCueDistance = random.Next(-10, 10),
                RulePrior = (float)random.NextDouble(),
                Label = (quote && named) || random.Next(5) == 0,
            };
        }).ToList();
    }

    private string TrainedModel()
    {
        var ml = new MLContext(1);
        var path = Path.Combine(_dir, ConfidenceModel.FileName);
        ConfidenceTrainer.Save(ml, ConfidenceTrainer.Fit(ml, Rows(120, 1)), path);
        return path;
    }

    [Test]
    public void Training_writes_the_weights_next_to_the_model()
    {
        var model = TrainedModel();
        Assert.That(File.Exists(Path.Combine(_dir, ConfidenceWeights.FileName)), Is.True);
        Assert.That(ConfidenceWeights.Load(ConfidenceWeights.PathFor(model), model).ModelSha256, Is.EqualTo(ConfidenceWeights.Sha256Of(model)));
    }

    [Test]
    public void Weights_score_exactly_as_the_model_they_were_read_from()
    {
        var committed = Path.Combine(ModelPaths.Locate(), ConfidenceModel.FileName);
        foreach (var path in new[] { TrainedModel(), committed })
        {
            using var model = ConfidenceModel.Load(path, new ClaimFeatures(null));
            var weights = WeightsScorer.Load(path, new ClaimFeatures(null));
            foreach (var row in Rows(3000, 2).Append(new ClaimFeatureRow()))
                Assert.That(weights.Predict(row), Is.EqualTo(model.Predict(row)), path);
        }
    }

    [Test]
    public void Missing_weights_fail_with_the_path_and_the_fix()
    {
        var model = TrainedModel();
        var weights = ConfidenceWeights.PathFor(model);
        File.Delete(weights);
        var ex = Assert.Throws<FileNotFoundException>(() => WeightsScorer.Load(model, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(weights).And.Contain("--weights-only").And.Contain("ClaimScorer"));
    }

    [Test]
    public void Corrupt_weights_fail_with_the_path_and_the_fix()
    {
        var model = TrainedModel();
        var weights = ConfidenceWeights.PathFor(model);
        File.WriteAllText(weights, "{ not json");
        var ex = Assert.Throws<InvalidDataException>(() => WeightsScorer.Load(model, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(weights).And.Contain("--weights-only"));
    }

    [Test]
    public void Weights_of_another_format_are_refused()
    {
        var model = TrainedModel();
        var weights = ConfidenceWeights.PathFor(model);
        File.WriteAllText(weights, File.ReadAllText(weights).Replace(ConfidenceWeights.CurrentFormat, "claims-confidence-weights/0"));
        var ex = Assert.Throws<InvalidDataException>(() => WeightsScorer.Load(model, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(weights).And.Contain(ConfidenceWeights.CurrentFormat));
    }

    [Test]
    public void Weights_for_other_feature_columns_are_refused()
    {
        var model = TrainedModel();
        var weights = ConfidenceWeights.PathFor(model);
        File.WriteAllText(weights, File.ReadAllText(weights).Replace("\"RulePrior\"", "\"OldPrior\""));
        var ex = Assert.Throws<InvalidDataException>(() => WeightsScorer.Load(model, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(weights).And.Contain("feature columns"));
    }

    [Test]
    public void Weights_of_a_retrained_model_are_stale()
    {
        var model = TrainedModel();
        var weights = ConfidenceWeights.PathFor(model);
        var old = File.ReadAllText(weights);
        var ml = new MLContext(2);
        ConfidenceTrainer.Save(ml, ConfidenceTrainer.Fit(ml, Rows(90, 7)), model);
        File.WriteAllText(weights, old);
        var ex = Assert.Throws<InvalidDataException>(() => WeightsScorer.Load(model, new ClaimFeatures(null)));
        Assert.That(ex!.Message, Does.Contain(weights).And.Contain("stale").And.Contain(model).And.Contain("--weights-only"));
    }

    [Test]
    public void Committed_weights_belong_to_the_committed_model()
    {
        var model = Path.Combine(ModelPaths.Locate(), ConfidenceModel.FileName);
        Assert.DoesNotThrow(() => ConfidenceWeights.Load(ConfidenceWeights.PathFor(model), model),
            "run `pipeline train claims --weights-only` after retraining or replacing models/claims-confidence.zip");
    }

    [Test]
    public void Weights_file_round_trips_every_parameter_exactly()
    {
        var model = TrainedModel();
        var first = File.ReadAllText(ConfidenceWeights.PathFor(model));
        var again = Path.Combine(_dir, "again.json");
        ConfidenceWeights.Load(ConfidenceWeights.PathFor(model), model).Save(again);
        Assert.That(File.ReadAllText(again), Is.EqualTo(first));
    }
}
