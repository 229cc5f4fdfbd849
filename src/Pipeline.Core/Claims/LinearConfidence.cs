using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Pipeline.Claims;

/// <summary>
/// The fitted confidence pipeline of <see cref="ConfidenceTrainer"/> evaluated by hand: one weight per
/// category of each one-hot column, the bin of each numeric feature, a dot product and the Platt sigmoid.
/// Same probability as ML.NET's PredictionEngine (to float rounding) at a fraction of its cost: the engine
/// builds cursors, key maps and a feature vector per call. Hand-written because ML.NET has no allocation-free
/// single-row scoring; the parameters are read from the model once at load.
/// </summary>
internal sealed class LinearConfidence
{
    private readonly FrozenDictionary<string, float>[] _categories;
    private readonly float[][] _upperBounds;
    private readonly float[] _density;
    private readonly float[] _offset;
    private readonly float[] _numericWeights;
    private readonly float _bias;
    private readonly PlattCalibrator _calibrator;

    private LinearConfidence(FrozenDictionary<string, float>[] categories, float[][] upperBounds, float[] density, float[] offset,
        float[] numericWeights, float bias, PlattCalibrator calibrator)
    {
        _categories = categories;
        _upperBounds = upperBounds;
        _density = density;
        _offset = offset;
        _numericWeights = numericWeights;
        _bias = bias;
        _calibrator = calibrator;
    }

    /// <summary>Reads the parameters of a pipeline shaped as <see cref="ConfidenceTrainer.Fit"/> builds it, or null for any other shape.</summary>
    public static LinearConfidence? TryFrom(MLContext ml, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain) return null;
        var parts = chain.ToList();
        var normalizer = parts.OfType<NormalizingTransformer>().SingleOrDefault();
        if (normalizer?.GetNormalizerModelParameters(0) is not NormalizingTransformer.BinNormalizerModelParameters<ImmutableArray<float>> bins)
            return null;
        if (parts[^1] is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> predictor)
            return null;
        var weights = predictor.Model.SubModel.Weights;
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ClaimFeatureRow>()).Schema);

        var categories = new FrozenDictionary<string, float>[ClaimFeatureRow.Categorical.Length];
        int slot = 0;
        for (int c = 0; c < categories.Length; c++)
        {
            var column = schema.GetColumnOrNull(ClaimFeatureRow.Categorical[c] + "OneHot");
            if (column is not { } col || col.Type is not VectorDataViewType { Size: > 0 } vector || !col.HasSlotNames()) return null;
            VBuffer<ReadOnlyMemory<char>> names = default;
            col.GetSlotNames(ref names);
            var map = new Dictionary<string, float>(StringComparer.Ordinal);
            int i = 0;
            foreach (var name in names.DenseValues()) map[name.ToString()] = weights[slot + i++];
            if (i != vector.Size) return null;
            categories[c] = map.ToFrozenDictionary(StringComparer.Ordinal);
            slot += vector.Size;
        }
        int numeric = ClaimFeatureRow.Numeric.Length;
        if (weights.Count != slot + numeric || bins.UpperBounds.Length != numeric || bins.Density.Length != numeric) return null;
        // ML.NET leaves the offsets out when no slot needed one to keep zero at zero.
        if (bins.Offset.Length is not 0 && bins.Offset.Length != numeric) return null;
        return new LinearConfidence(
            categories,
            [.. bins.UpperBounds.Select(b => b.ToArray())],
            [.. bins.Density],
            bins.Offset.Length == 0 ? new float[numeric] : [.. bins.Offset],
            [.. weights.Skip(slot)],
            predictor.Model.SubModel.Bias,
            predictor.Model.Calibrator);
    }

    /// <summary>P(correct) for a feature row, as the PredictionEngine's <c>Probability</c> column gives it.</summary>
    public float Predict(ClaimFeatureRow row)
    {
        float dot = 0;
        dot += Category(0, row.Construction);
        dot += Category(1, row.CueLemma);
        dot += Category(2, row.CueClass);
        dot += Category(3, row.CueType);
        dot += Category(4, row.ClaimType);
        dot += Category(5, row.SpeakerKind);
        dot += Category(6, row.SpeakerSource);
        dot += Category(7, row.TargetKind);
        dot += Numeric(0, row.TypedByContent);
        dot += Numeric(1, row.SpeakerHasCanonical);
        dot += Numeric(2, row.SpeakerWords);
        dot += Numeric(3, row.SpeakerOutsideSentence);
        dot += Numeric(4, row.TargetPresent);
        dot += Numeric(5, row.QuotePresent);
        dot += Numeric(6, row.QuoteDirect);
        dot += Numeric(7, row.ContentWords);
        dot += Numeric(8, row.CuePosition);
        dot += Numeric(9, row.CueTokenIndex);
        dot += Numeric(10, row.SpeakerCueDistance);
        dot += Numeric(11, row.SentenceTokens);
        dot += Numeric(12, row.FirstLine);
        dot += Numeric(13, row.SentencePosition);
        dot += Numeric(14, row.ClaimsInSentence);
        dot += Numeric(15, row.ClaimsOnCue);
        dot += Numeric(16, row.CueConjunction);
        dot += Numeric(17, row.CueInQuote);
        dot += Numeric(18, row.RulePrior);
        return _calibrator.PredictProbability(_bias + dot);
    }

    /// <summary>The weight of a category; an unseen one encodes as all zeros, as ML.NET's missing key does.</summary>
    private float Category(int column, string value) => _categories[column].GetValueOrDefault(value);

    /// <summary>ML.NET's bin normaliser: the index of the first upper bound ≥ value (the last bin catches the rest), scaled.</summary>
    private float Numeric(int slot, float value)
    {
        if (float.IsNaN(value)) return value * _numericWeights[slot];
        var bounds = _upperBounds[slot];
        int lo = 0, hi = bounds.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (bounds[mid] >= value) hi = mid;
            else lo = mid + 1;
        }
        return (lo / _density[slot] - _offset[slot]) * _numericWeights[slot];
    }
}
