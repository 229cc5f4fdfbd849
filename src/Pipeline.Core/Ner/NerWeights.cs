using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Pipeline.Ner;

/// <summary>
/// The numbers <see cref="NerModel"/> scores with: a bias per tag and, per hashed feature with any non-zero
/// weight, a row of one weight per tag. Only those rows are kept (about 60% of 2^20 for the shipped model):
/// <see cref="RowOf"/> maps a feature to its row, so loading copies the rows as they are stored in
/// <c>weights.bin</c> (<see cref="NerWeightsFile"/>) without ML.NET, and a feature without a row adds nothing.
/// </summary>
public sealed class NerWeights
{
    internal NerWeights(int tags, int hashBits, float[] bias, int[] rowOf, float[] rows)
    {
        if (bias.Length != tags || rowOf.Length != 1 << hashBits || rows.Length % tags != 0)
            throw new ArgumentException($"{bias.Length} biases, {rowOf.Length} features and {rows.Length} weights do not fit {tags} tags over 2^{hashBits} features.");
        Tags = tags;
        HashBits = hashBits;
        Bias = bias;
        RowOf = rowOf;
        Rows = rows;
    }

    public int Tags { get; }

    public int HashBits { get; }

    /// <summary>How many features have a row (a non-zero weight for some tag).</summary>
    public int RowCount => Rows.Length / Tags;

    /// <summary>One per tag, in <see cref="NerModelHeader.Tags"/> order.</summary>
    internal float[] Bias { get; }

    /// <summary>Per feature: its row in <see cref="Rows"/>, or -1 when all its weights are zero. Rows are in feature order.</summary>
    internal int[] RowOf { get; }

    /// <summary><c>[row * Tags + tag]</c>.</summary>
    internal float[] Rows { get; }

    /// <summary>Reads the weights out of a trained or loaded ML.NET multiclass linear model (the slow path: needs ML.NET).</summary>
    internal static NerWeights FromTransformer(ITransformer transformer, int tags, int hashBits)
    {
        var parameters = Parameters(transformer);
        VBuffer<float>[] w = [];
        parameters.GetWeights(ref w, out int classes);
        if (classes != tags)
            throw new InvalidDataException($"The NER model has {classes} classes but its header lists {tags} tags; rebuild it with `train ner`.");
        var dense = new float[(1 << hashBits) * tags]; // [feature * tags + tag]
        for (int c = 0; c < tags; c++)
        {
            if (w[c].Length != 1 << hashBits)
                throw new InvalidDataException($"The NER model has {w[c].Length} features but its header says 2^{hashBits}; rebuild it with `train ner`.");
            var values = w[c].GetValues();
            if (w[c].IsDense)
                for (int f = 0; f < values.Length; f++) dense[f * tags + c] = values[f];
            else
            {
                var indices = w[c].GetIndices();
                for (int k = 0; k < indices.Length; k++) dense[indices[k] * tags + c] = values[k];
            }
        }
        return FromDense(tags, hashBits, parameters.GetBiases().ToArray(), dense);
    }

    /// <summary>Keeps the rows of <paramref name="dense"/> (<c>[feature * tags + tag]</c>) that hold a non-zero weight.</summary>
    internal static NerWeights FromDense(int tags, int hashBits, float[] bias, float[] dense)
    {
        var rowOf = new int[1 << hashBits];
        var rows = new List<float>();
        for (int f = 0; f < rowOf.Length; f++)
        {
            var row = dense.AsSpan(f * tags, tags);
            if (row.ContainsAnyExcept(0f))
            {
                rowOf[f] = rows.Count / tags;
                foreach (float v in row) rows.Add(v);
            }
            else rowOf[f] = -1;
        }
        return new NerWeights(tags, hashBits, bias, rowOf, [.. rows]);
    }

    private static LinearMulticlassModelParametersBase Parameters(ITransformer transformer) => transformer switch
    {
        ISingleFeaturePredictionTransformer<object> { Model: LinearMulticlassModelParametersBase p } => p,
        TransformerChain<ITransformer> chain when chain.LastTransformer is not null => Parameters(chain.LastTransformer),
        _ => throw new InvalidDataException($"The NER model holds a {transformer.GetType().Name}, not a linear multiclass model; rebuild it with `train ner`."),
    };
}
