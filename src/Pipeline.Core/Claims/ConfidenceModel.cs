using Microsoft.ML;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The trained confidence: P(the claim is correct) from a logistic regression over
/// <see cref="ClaimFeatureRow"/>, loaded from models/claims-confidence.zip (built by <c>train claims</c>).
/// Thread-safe: scored by <see cref="LinearConfidence"/> (the model's weights, read once) when the pipeline has the
/// trainer's shape; otherwise by ML.NET's PredictionEngine, which is not thread-safe, so every thread gets its own.
/// Used by training and evaluation; the pipeline scores with <see cref="WeightsScorer"/>, which needs no ML.NET.
/// </summary>
public sealed class ConfidenceModel : IClaimScorer, IDisposable
{
    public const string FileName = "claims-confidence.zip";

    private readonly ClaimFeatures _features;
    private readonly ThreadLocal<PredictionEngine<ClaimFeatureRow, ClaimPrediction>> _engines;
    private readonly LinearConfidence? _linear;

    private ConfidenceModel(MLContext ml, ITransformer model, ClaimFeatures features)
    {
        Transformer = model;
        _features = features;
        _engines = new(() => ml.Model.CreatePredictionEngine<ClaimFeatureRow, ClaimPrediction>(model), trackAllValues: true);
        _linear = LinearConfidence.TryFrom(ml, model);
    }

    public string Name => "model";

    /// <summary>The fitted ML.NET pipeline (features → probability).</summary>
    public ITransformer Transformer { get; }

    /// <summary>Wraps a freshly trained pipeline (training and cross-validation).</summary>
    public static ConfidenceModel FromTransformer(MLContext ml, ITransformer model, ClaimFeatures features) => new(ml, model, features);

    /// <summary>Loads the model file, failing with the path and the fix when it is missing, corrupt or built for other features.</summary>
    public static ConfidenceModel Load(string path, ClaimFeatures features)
    {
        const string fix = "Rebuild it with `pipeline train claims --gold shared/eval/dev/gold --articles shared/eval/dev/articles`, "
            + "restore it with `git checkout -- models/`, or set Pipeline:ClaimScorer to \"rules\" to run without it.";
        if (!File.Exists(path))
            throw new FileNotFoundException($"Confidence model '{path}' is missing. {fix}", path);
        var ml = new MLContext(seed: 1);
        ITransformer model;
        try
        {
            using var stream = File.OpenRead(path);
            model = ml.Model.Load(stream, out _);
            // Fails here, not at the first claim, when the file was trained on other feature columns.
            using var probe = ml.Model.CreatePredictionEngine<ClaimFeatureRow, ClaimPrediction>(model);
            probe.Predict(new ClaimFeatureRow());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"Confidence model '{path}' cannot be read ({ex.GetType().Name}: {ex.Message}). {fix}", ex);
        }
        return new ConfidenceModel(ml, model, features);
    }

    public double Score(Document document, Claim claim) => Predict(_features.Extract(document, claim));

    /// <summary>The probability for an already extracted feature row.</summary>
    public double Predict(ClaimFeatureRow row) => Probability(_linear is { } linear ? linear.Predict(row) : _engines.Value!.Predict(row).Probability);

    /// <summary>True when claims are scored from the model's weights rather than through ML.NET's PredictionEngine.</summary>
    internal bool ScoresDirectly => _linear is not null;

    /// <summary>The probability through ML.NET's PredictionEngine (the reference the direct scoring is tested against).</summary>
    internal double PredictWithEngine(ClaimFeatureRow row) => Probability(_engines.Value!.Predict(row).Probability);

    /// <summary>A model probability as a confidence: clamped to [0, 1], 0.5 when it is not a number.</summary>
    internal static double Probability(double p) => double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 0.5;

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
