using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The trained confidence as the pipeline runs it: the model's weights from
/// models/claims-confidence.weights.json, scored by <see cref="LinearConfidence"/>, without ML.NET
/// (whose cold load was most of the start-up). Gives exactly the probabilities of
/// <see cref="ConfidenceModel"/> on the zip the weights were read from. Thread-safe: nothing changes after load.
/// </summary>
public sealed class WeightsScorer : IClaimScorer
{
    private readonly ClaimFeatures _features;
    private readonly LinearConfidence _linear;

    private WeightsScorer(LinearConfidence linear, ClaimFeatures features)
    {
        _linear = linear;
        _features = features;
    }

    public string Name => "model";

    /// <summary>
    /// Loads the weights of the model at <paramref name="modelPath"/> (the sidecar next to it), checked against
    /// the model's sha256; fails with the path and the fix when they are missing, corrupt or stale.
    /// </summary>
    public static WeightsScorer Load(string modelPath, ClaimFeatures features) =>
        new(LinearConfidence.FromWeights(ConfidenceWeights.Load(ConfidenceWeights.PathFor(modelPath), modelPath)), features);

    public double Score(Document document, Claim claim) => Predict(_features.Fill(scratch ??= new ClaimFeatureRow(), document, claim));

    // One row per thread, filled anew for each claim: a row a claim is garbage the moment it is scored.
    [ThreadStatic] private static ClaimFeatureRow? scratch;

    /// <summary>The probability for an already extracted feature row.</summary>
    public double Predict(ClaimFeatureRow row) => ConfidenceModel.Probability(_linear.Predict(row));
}
