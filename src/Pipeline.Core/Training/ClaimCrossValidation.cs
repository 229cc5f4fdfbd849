using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Output;

namespace Pipeline.Training;

/// <summary>The out-of-fold records of a cross-validation, with the gold they are scored against.</summary>
public sealed record CrossValidated(
    IReadOnlyDictionary<string, List<GoldClaim>> Gold,
    IReadOnlyDictionary<string, IReadOnlyList<ClaimRecord>> Records,
    IReadOnlyDictionary<string, string> GroupOf,
    IReadOnlyDictionary<string, int> FoldOf)
{
    /// <summary>The records as the scorer reads them, by document.</summary>
    public IReadOnlyDictionary<string, List<PredClaim>> Pred { get; } =
        Records.ToDictionary(kv => kv.Key, kv => ClaimCrossValidation.Preds(kv.Value), StringComparer.Ordinal);
}

/// <summary>
/// K-fold cross-validation grouped by article (<see cref="GroupedFolds"/>): trains the claim models on
/// K−1 folds, refines the held-out fold's grammar candidates with them and keeps its records, so every
/// article is predicted by models that never saw it.
/// </summary>
public static class ClaimCrossValidation
{
    public static CrossValidated Run(
        IReadOnlyList<TrainingArticle> articles, int folds, int seed, ClaimTraining.Settings settings,
        ClaimLearningParts parts, ClaimRecordBuilder builder, Action<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var foldOf = GroupedFolds.Assign(articles.Select(a => a.Doc), folds, seed);
        var gold = new Dictionary<string, List<GoldClaim>>(StringComparer.Ordinal);
        var records = new Dictionary<string, IReadOnlyList<ClaimRecord>>(StringComparer.Ordinal);
        foreach (var a in articles) gold[a.Doc] = [.. a.Gold];
        for (int k = 0; k < folds; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = ClaimTraining.Train(articles.Where(a => foldOf[a.Doc] != k), settings, parts);
            var refiner = parts.Refiner(model);
            foreach (var a in articles.Where(a => foldOf[a.Doc] == k))
                records[a.Doc] = Predict(refiner, builder, a, cancellationToken);
            progress?.Invoke(k);
        }
        return new CrossValidated(gold, records, articles.ToDictionary(a => a.Doc, a => a.Group, StringComparer.Ordinal), foldOf);
    }

    /// <summary>The records the refined candidates of one article give, as the scorer reads them.</summary>
    public static IReadOnlyList<ClaimRecord> Predict(ClaimRefiner refiner, ClaimRecordBuilder builder, TrainingArticle a, CancellationToken cancellationToken = default)
    {
        var d = a.Document;
        var refined = refiner.Refine(d, a.Candidates, cancellationToken);
        d.Claims.Clear();
        d.Claims.AddRange(refined);
        return builder.ClaimRecords(d);
    }

    /// <summary>One article's records as score.py reads them.</summary>
    public static List<PredClaim> Preds(IReadOnlyList<ClaimRecord> records) => records.Select((r, i) => PredClaim.From(r, i)).ToList();

    /// <summary>The gold and predictions of one article group.</summary>
    public static (Dictionary<string, List<GoldClaim>> Gold, Dictionary<string, List<PredClaim>> Pred) Group(CrossValidated cv, string group)
    {
        var docs = cv.GroupOf.Where(kv => kv.Value == group).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        return (cv.Gold.Where(kv => docs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
                cv.Pred.Where(kv => docs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }
}
