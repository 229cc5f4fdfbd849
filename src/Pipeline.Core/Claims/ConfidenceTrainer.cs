using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Pipeline.Claims;

/// <summary>
/// Fits the confidence model: one-hot categorical features, min-max normalised numeric features, and
/// ML.NET's L-BFGS logistic regression (in the box, deterministic, probabilities without a separate
/// calibrator). Strong L2 regularisation because the labelled set is a few hundred claims.
/// </summary>
public static class ConfidenceTrainer
{
    public const string TrainerDescription = "ML.NET LbfgsLogisticRegression (L1 0.05, L2 1.0), one-hot categoricals, min-max numerics";

    public static ITransformer Fit(MLContext ml, IReadOnlyList<ClaimFeatureRow> rows)
    {
        if (rows.Count == 0 || rows.All(r => r.Label) || rows.All(r => !r.Label))
            throw new InvalidOperationException($"Cannot train the confidence model on {rows.Count} claims with {rows.Count(r => r.Label)} correct ones: it needs both correct and wrong claims. Check the gold and articles folders.");
        var data = ml.Data.LoadFromEnumerable(rows);
        var oneHot = ClaimFeatureRow.Categorical.Select(c => new InputOutputColumnPair(c + "OneHot", c)).ToArray();
        var pipeline = ml.Transforms.Categorical.OneHotEncoding(oneHot)
            .Append(ml.Transforms.Concatenate("Numeric", ClaimFeatureRow.Numeric))
            .Append(ml.Transforms.NormalizeMinMax("Numeric"))
            .Append(ml.Transforms.Concatenate("Features", [.. oneHot.Select(o => o.OutputColumnName), "Numeric"]))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(ClaimFeatureRow.Label),
                FeatureColumnName = "Features",
                L1Regularization = 0.05f,
                L2Regularization = 1.0f,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(data);
    }

    /// <summary>Writes the fitted pipeline with its input schema.</summary>
    public static void Save(MLContext ml, ITransformer model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<ClaimFeatureRow>()).Schema;
        var temp = path + ".tmp";
        using (var stream = File.Create(temp)) ml.Model.Save(model, schema, stream);
        File.Move(temp, path, overwrite: true);
    }
}
