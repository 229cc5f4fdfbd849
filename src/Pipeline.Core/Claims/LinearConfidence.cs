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
/// single-row scoring; the parameters are read from the model once (<see cref="TryFrom"/>, at training), kept in
/// <see cref="ConfidenceWeights"/> next to the model, and read from there by the pipeline (<see cref="FromWeights"/>).
/// </summary>
internal sealed class LinearConfidence
{
    private readonly FrozenDictionary<string, float>[] _categories;
    private readonly float[][] _upperBounds;
    private readonly float[] _density;
    private readonly float[] _offset;
    private readonly float[] _numericWeights;
    private readonly float _bias;
    private readonly double _plattSlope;
    private readonly double _plattOffset;

    /// <summary>The category names of each categorical column in ML.NET's slot order (for writing the weights in that order).</summary>
    private readonly string[][] _categoryOrder;

    private LinearConfidence(string[][] categoryOrder, FrozenDictionary<string, float>[] categories, float[][] upperBounds, float[] density, float[] offset,
        float[] numericWeights, float bias, double plattSlope, double plattOffset)
    {
        _categoryOrder = categoryOrder;
        _categories = categories;
        _upperBounds = upperBounds;
        _density = density;
        _offset = offset;
        _numericWeights = numericWeights;
        _bias = bias;
        _plattSlope = plattSlope;
        _plattOffset = plattOffset;
    }

    /// <summary>The scorer of a weights file (already checked by <see cref="ConfidenceWeights.Load"/>).</summary>
    public static LinearConfidence FromWeights(ConfidenceWeights w) => new(
        [.. w.Categorical.Select(c => c.Weights.Keys.ToArray())],
        [.. w.Categorical.Select(c => c.Weights.ToFrozenDictionary(StringComparer.Ordinal))],
        [.. w.Numeric.Select(n => n.UpperBounds)],
        [.. w.Numeric.Select(n => n.Density)],
        [.. w.Numeric.Select(n => n.Offset)],
        [.. w.Numeric.Select(n => n.Weight)],
        w.Bias, w.PlattSlope, w.PlattOffset);

    /// <summary>The parameters as a weights file records them, for the model file with the given sha256.</summary>
    public ConfidenceWeights ToWeights(string model, string modelSha256) => new()
    {
        Model = model,
        ModelSha256 = modelSha256,
        Categorical = [.. ClaimFeatureRow.Categorical.Select((column, c) => new CategoricalWeights
        {
            Column = column,
            Weights = _categoryOrder[c].ToDictionary(name => name, name => _categories[c][name], StringComparer.Ordinal),
        })],
        Numeric = [.. ClaimFeatureRow.Numeric.Select((column, n) => new NumericWeights
        {
            Column = column,
            UpperBounds = _upperBounds[n],
            Density = _density[n],
            Offset = _offset[n],
            Weight = _numericWeights[n],
        })],
        Bias = _bias,
        PlattSlope = _plattSlope,
        PlattOffset = _plattOffset,
    };

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
        var order = new string[categories.Length][];
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
            order[c] = [.. map.Keys]; // insertion (slot) order
            slot += vector.Size;
        }
        int numeric = ClaimFeatureRow.Numeric.Length;
        if (weights.Count != slot + numeric || bins.UpperBounds.Length != numeric || bins.Density.Length != numeric) return null;
        // ML.NET leaves the offsets out when no slot needed one to keep zero at zero.
        if (bins.Offset.Length is not 0 && bins.Offset.Length != numeric) return null;
        return new LinearConfidence(
            order,
            categories,
            [.. bins.UpperBounds.Select(b => b.ToArray())],
            [.. bins.Density],
            bins.Offset.Length == 0 ? new float[numeric] : [.. bins.Offset],
            [.. weights.Skip(slot)],
            predictor.Model.SubModel.Bias,
            predictor.Model.Calibrator.Slope,
            predictor.Model.Calibrator.Offset);
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
        return Platt(_bias + dot);
    }

    /// <summary>ML.NET's PlattCalibrator.PredictProbability, to the bit: NaN stays NaN.</summary>
    private float Platt(float score) => float.IsNaN(score) ? score : (float)(1 / (1 + Math.Exp(_plattSlope * score + _plattOffset)));

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
