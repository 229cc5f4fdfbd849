namespace Pipeline.Claims.Learning;

/// <summary>
/// A multinomial logistic model over hashed binary features, as the pipeline runs it: ML.NET trains it
/// (<see cref="LinearTrainer"/>), its non-zero weights are kept here and scored by hand, so an article
/// costs a few dictionary-free array reads per feature and no ML.NET load at start-up.
/// Thread-safe: nothing changes after construction.
/// </summary>
public sealed class LinearModel
{
    private readonly float[] _weights; // row r holds the class weights of one feature: _weights[r * classes + k]
    private readonly int[] _rowOf;     // column → row, -1 for a feature without weight
    private readonly float[]? _difference; // two classes: each column's weight difference, so a feature costs one read

    public LinearModel(string name, int bits, string[] classes, float[] biases, int[] columns, float[] weights)
    {
        if (classes.Length < 2) throw new ArgumentException("A model needs at least two classes.", nameof(classes));
        if (biases.Length != classes.Length || weights.Length != columns.Length * classes.Length)
            throw new ArgumentException("Biases or weights do not match the classes.");
        Name = name;
        Bits = bits;
        Classes = classes;
        Biases = biases;
        Columns = columns;
        _weights = weights;
        _rowOf = new int[1 << bits];
        Array.Fill(_rowOf, -1);
        for (int r = 0; r < columns.Length; r++)
        {
            if ((uint)columns[r] >= (uint)_rowOf.Length) throw new ArgumentException($"Column {columns[r]} is outside {bits} bits.");
            _rowOf[columns[r]] = r;
        }
        if (classes.Length == 2)
        {
            _difference = new float[1 << bits];
            for (int r = 0; r < columns.Length; r++) _difference[columns[r]] = weights[2 * r + 1] - weights[2 * r];
        }
    }

    /// <summary>The probability of the second class of a two-class model (the same as <see cref="Predict"/>'s, faster).</summary>
    public double Probability(ReadOnlySpan<int> features)
    {
        if (_difference is null) throw new InvalidOperationException($"The {Name} model has {Classes.Length} classes, not two.");
        double z = Biases[1] - Biases[0];
        foreach (int f in features) z += _difference[f];
        return 1 / (1 + Math.Exp(-z));
    }

    public string Name { get; }

    public int Bits { get; }

    public string[] Classes { get; }

    public float[] Biases { get; }

    /// <summary>The columns that have weights, in row order (for saving).</summary>
    public int[] Columns { get; }

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The class probabilities (softmax of the linear scores) for a bag of hashed features; repeats count twice.</summary>
    public void Predict(ReadOnlySpan<int> features, Span<double> probabilities)
    {
        int k = Classes.Length;
        for (int c = 0; c < k; c++) probabilities[c] = Biases[c];
        foreach (int f in features)
        {
            int r = _rowOf[f];
            if (r < 0) continue;
            var row = _weights.AsSpan(r * k, k);
            for (int c = 0; c < k; c++) probabilities[c] += row[c];
        }
        double max = double.NegativeInfinity;
        for (int c = 0; c < k; c++) max = Math.Max(max, probabilities[c]);
        double sum = 0;
        for (int c = 0; c < k; c++) sum += probabilities[c] = Math.Exp(probabilities[c] - max);
        for (int c = 0; c < k; c++) probabilities[c] /= sum;
    }
}
