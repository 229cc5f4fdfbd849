using Pipeline.Claims;
using Pipeline.Evaluation;

namespace Pipeline.Training;

/// <summary>Held-out scores of one confidence before and after review labels were added.</summary>
public sealed record SimulationStep(string Name, int TrainingLabels, SeparationScores Scores, FloorScores Kept);

/// <summary>One simulated scenario: what the model was trained on, how many claims reviewers decided, before and after.</summary>
public sealed record SimulationScenario(string Name, int Reviewed, SimulationStep Before, SimulationStep After);

/// <summary>
/// Simulates the review loop from gold: reviewers decide the less confident half of the claims of
/// some articles, their decisions (accept = the claim matches gold) become training labels, and the
/// model is compared before and after on other, held-out articles. The split is fixed by the seed.
/// Scenario "rules → reviews": no model at first (the rule prior decides what is reviewed), then a
/// model trained on the review decisions only. Scenario "gold + reviews": a model trained on the gold
/// labels of a quarter of the articles decides what is reviewed in another quarter; then it is retrained
/// on both. Both are tested on the same held-out half.
/// </summary>
public static class ReviewSimulation
{
    public static IReadOnlyList<SimulationScenario> Run(ConfidenceDataset data, double threshold, int seed, ClaimFeatures features)
    {
        var docs = data.Gold.Keys.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(docs);
        int half = docs.Length / 2, quarter = half / 2;
        var reviewHalf = docs[..half].ToHashSet(StringComparer.Ordinal);
        var baseQuarter = docs[..quarter].ToHashSet(StringComparer.Ordinal);
        var test = data.Claims.Where(c => !reviewHalf.Contains(c.Doc)).ToList();
        var testGold = data.Gold.Where(kv => !reviewHalf.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        // rules → reviews
        var reviewPool = data.Claims.Where(c => reviewHalf.Contains(c.Doc)).ToList();
        // reviewers see the less confident half of the claims (a review threshold set by share, as a
        // team sets it for the time it has), whatever the absolute value of the scores
        var ruleCut = Median(reviewPool.Select(c => (double)c.Row.RulePrior));
        var reviewedByRules = reviewPool.Where(c => c.Row.RulePrior <= ruleCut).ToList();
        var rulesBefore = Step("rule prior", 0, test.Select(c => new ScoredClaim(c, c.Row.RulePrior)).ToList(), testGold, threshold);
        var rulesAfter = Step("model on reviews", reviewedByRules.Count, Score(reviewedByRules.Select(c => c.Row).ToList(), test, seed, features), testGold, threshold);

        // gold + reviews
        var baseRows = data.Claims.Where(c => baseQuarter.Contains(c.Doc)).Select(c => c.Row).ToList();
        var secondQuarter = reviewPool.Where(c => !baseQuarter.Contains(c.Doc)).ToList();
        var baseScores = Score(baseRows, secondQuarter, seed, features);
        var modelCut = Median(baseScores.Select(s => s.Confidence));
        var reviewed = baseScores.Where(s => s.Confidence <= modelCut).Select(s => s.Claim.Row).ToList();
        var goldBefore = Step("model on gold quarter", baseRows.Count, Score(baseRows, test, seed, features), testGold, threshold);
        var goldAfter = Step("+ review labels", baseRows.Count + reviewed.Count, Score([.. baseRows, .. reviewed], test, seed, features), testGold, threshold);

        return
        [
            new SimulationScenario("rules → reviews", reviewedByRules.Count, rulesBefore, rulesAfter),
            new SimulationScenario("gold + reviews", reviewed.Count, goldBefore, goldAfter),
        ];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static List<ScoredClaim> Score(List<ClaimFeatureRow> train, List<LabelledClaim> test, int seed, ClaimFeatures features) =>
        train.Any(r => r.Label) && train.Any(r => !r.Label)
            ? CrossValidation.TrainAndScore(train, test, seed, features)
            : test.Select(c => new ScoredClaim(c, c.Row.RulePrior)).ToList();

    private static SimulationStep Step(string name, int labels, List<ScoredClaim> scored, IReadOnlyDictionary<string, List<GoldClaim>> gold, double threshold) =>
        new(name, labels, ConfidenceMetrics.Separation(scored, threshold), ConfidenceMetrics.AtFloor(scored, gold, threshold));
}
