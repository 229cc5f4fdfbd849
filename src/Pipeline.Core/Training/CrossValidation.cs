using Microsoft.ML;
using Pipeline.Claims;
using Pipeline.Evaluation;

namespace Pipeline.Training;

/// <summary>One fold's held-out scores.</summary>
public sealed record FoldResult(int Fold, int Articles, SeparationScores Scores);

/// <summary>Cross-validation results: per fold, and pooled over all held-out predictions.</summary>
public sealed record CrossValidationResult(IReadOnlyList<FoldResult> Folds, IReadOnlyList<ScoredClaim> OutOfFold, SeparationScores Pooled, SeparationScores RulePrior);

/// <summary>Grouped k-fold cross-validation of the confidence model (never tested on a training article).</summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(IReadOnlyList<LabelledClaim> claims, int folds, int seed, double threshold, ClaimFeatures features)
    {
        var fold = GroupedFolds.Assign(claims.Select(c => c.Doc), folds, seed);
        var results = new List<FoldResult>();
        var outOfFold = new List<ScoredClaim>();
        for (int k = 0; k < folds; k++)
        {
            var train = claims.Where(c => fold[c.Doc] != k).ToList();
            var test = claims.Where(c => fold[c.Doc] == k).ToList();
            var scored = TrainAndScore(train.Select(c => c.Row).ToList(), test, seed, features);
            outOfFold.AddRange(scored);
            results.Add(new FoldResult(k + 1, test.Select(c => c.Doc).Distinct().Count(), ConfidenceMetrics.Separation(scored, threshold)));
        }
        var prior = claims.Select(c => new ScoredClaim(c, c.Row.RulePrior)).ToList();
        return new CrossValidationResult(results, outOfFold, ConfidenceMetrics.Separation(outOfFold, threshold), ConfidenceMetrics.Separation(prior, threshold));
    }

    /// <summary>Fits on <paramref name="train"/> and returns the confidences of <paramref name="test"/>.</summary>
    public static List<ScoredClaim> TrainAndScore(IReadOnlyList<ClaimFeatureRow> train, IReadOnlyList<LabelledClaim> test, int seed, ClaimFeatures features)
    {
        var ml = new MLContext(seed);
        using var model = ConfidenceModel.FromTransformer(ml, ConfidenceTrainer.Fit(ml, train), features);
        return test.Select(c => new ScoredClaim(c, model.Predict(c.Row))).ToList();
    }
}
