using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Pipeline.Claims.Learning;

/// <summary>One training example: hashed features (repeats allowed) and the index of its class.</summary>
public readonly record struct Example(int[] Features, int Label);

/// <summary>
/// Trains a <see cref="LinearModel"/> with ML.NET's L-BFGS maximum entropy (multinomial logistic
/// regression) on sparse hashed features, single-threaded and seeded, then keeps the weights that are
/// not zero. L1 keeps the model small; L2 keeps rare features from deciding alone.
/// </summary>
public static class LinearTrainer
{
    public sealed record Settings(float L1 = 0.5f, float L2 = 1f, int Seed = 13);

    private sealed class Row
    {
        public string Label { get; set; } = "";

        public VBuffer<float> Features { get; set; }
    }

    public static LinearModel Fit(string name, int bits, string[] classes, IReadOnlyList<Example> examples, Settings settings)
    {
        if (examples.Count == 0) throw new InvalidOperationException($"No training examples for the {name} model: check the gold and articles folders.");
        var present = examples.Select(e => e.Label).Distinct().Count();
        if (present < 2) throw new InvalidOperationException($"The {name} model needs examples of at least two classes; the training data has {present}.");
        int dim = 1 << bits;
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => ToRow(e, classes, dim)), schema);
        // the key order is the order of `classes`, whichever classes the examples hold
        var keys = ml.Data.LoadFromEnumerable(classes.Select(c => new ClassName { Label = c }));
        data = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyData: keys).Fit(data).Transform(data);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 200,
        });
        var parameters = trainer.Fit(data).Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int numClasses);
        var biases = parameters.GetBiases().ToArray();
        if (numClasses != classes.Length) throw new InvalidOperationException($"ML.NET returned {numClasses} classes for {classes.Length}.");
        var dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        var columns = new List<int>();
        var flat = new List<float>();
        for (int f = 0; f < dim; f++)
        {
            bool any = false;
            for (int c = 0; c < numClasses; c++) any |= dense[c][f] != 0;
            if (!any) continue;
            columns.Add(f);
            for (int c = 0; c < numClasses; c++) flat.Add(dense[c][f]);
        }
        return new LinearModel(name, bits, classes, biases, [.. columns], [.. flat]);
    }

    private sealed class ClassName
    {
        public string Label { get; set; } = "";
    }

    // a feature that fires twice counts twice, as in LinearModel.Predict
    private static Row ToRow(Example e, string[] classes, int dim) =>
        new() { Label = classes[e.Label], Features = Pipeline.Training.SparseVector.Counts(e.Features, dim) };
}
