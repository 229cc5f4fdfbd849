using Microsoft.ML;

namespace Pipeline.Ner;

/// <summary>
/// A trained NER tagger: an ML.NET multiclass maximum-entropy model over hashed sparse features plus
/// the header that says how to featurise. <see cref="Predict"/> scores each token with the model's
/// weights (<see cref="NerWeights"/>: unpacked from the ML.NET model parameters or read from weights.bin,
/// so the Viterbi can add the previous-tag features for each candidate tag without nine engine calls
/// per token, and tagging never touches ML.NET) and decodes with
/// <see cref="IobDecoder"/>. Instances are immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    private readonly NerWeights _weights;
    private readonly int _tags;
    private readonly double[]? _entityBias; // per tag, B-X only
    private readonly Lazy<MlNetModel> _mlnet;

    /// <summary>The ML.NET model and its input schema: needed only to save the model again, never to tag.</summary>
    internal sealed record MlNetModel(ITransformer Transformer, DataViewSchema InputSchema);

    /// <summary>A model just trained (or read through ML.NET): the weights are unpacked from the transformer.</summary>
    internal NerModel(NerModelHeader header, NerGazetteer gazetteer, NerLexicon lexicon, ITransformer transformer, DataViewSchema inputSchema,
        NerModel? first = null)
        : this(header, gazetteer, lexicon, NerWeights.FromTransformer(transformer, header.Tags.Count, header.HashBits),
            new Lazy<MlNetModel>(new MlNetModel(transformer, inputSchema)), first)
    {
    }

    /// <summary>A model read from weights.bin; <paramref name="mlnet"/> loads the ML.NET model only if it is asked for (by a save).</summary>
    internal NerModel(NerModelHeader header, NerGazetteer gazetteer, NerLexicon lexicon, NerWeights weights, Lazy<MlNetModel> mlnet,
        NerModel? first = null)
    {
        if (header.Features.Stacked != first is not null)
            throw new InvalidDataException(header.Features.Stacked ? "The stacked NER model has no first pass; rebuild it with `train ner`." : "Only a stacked NER model has a first pass.");
        if (weights.Tags != header.Tags.Count || weights.HashBits != header.HashBits)
            throw new InvalidDataException($"The NER weights hold {weights.Tags} tags over 2^{weights.HashBits} features but the header says {header.Tags.Count} over 2^{header.HashBits}; rebuild it with `train ner`.");
        First = first;
        _entityBias = BiasPerTag(header);
        Header = header;
        Lexicon = lexicon;
        Features = new NerFeatures(gazetteer, lexicon, header.Features);
        _tags = header.Tags.Count;
        _weights = weights;
        _mlnet = mlnet;
    }

    private NerModel(NerModel other, NerModelHeader header)
    {
        Header = header;
        Features = other.Features;
        Lexicon = other.Lexicon;
        First = other.First;
        _tags = other._tags;
        _weights = other._weights;
        _mlnet = other._mlnet;
        _entityBias = BiasPerTag(header);
    }

    private static double[]? BiasPerTag(NerModelHeader header) => header.EntityBias is null ? null
        : NerTags.All.Select(t => t.StartsWith("B-", StringComparison.Ordinal) ? header.EntityBias.GetValueOrDefault(t[2..]) : 0).ToArray();

    /// <summary>The same weights decoded with another O bias (tuned on dev by <c>train ner</c>).</summary>
    public NerModel WithOutsideBias(double bias) => new(this, Header with { OutsideBias = bias });

    /// <summary>The same weights decoded with other per-type B-X biases (tuned on dev by <c>train ner</c>).</summary>
    public NerModel WithEntityBias(IReadOnlyDictionary<string, double>? bias) => new(this, Header with { EntityBias = bias });

    public NerModelHeader Header { get; }

    public NerFeatures Features { get; }

    internal NerLexicon Lexicon { get; }

    /// <summary>The first-pass model whose tags feed <see cref="NerStackFeatures"/>; null for a single-pass model.</summary>
    public NerModel? First { get; }

    /// <summary>The scoring weights (what weights.bin stores).</summary>
    public NerWeights Weights => _weights;

    /// <summary>The ML.NET model, loaded on first use when the model was read from weights.bin.</summary>
    internal MlNetModel MlNet => _mlnet.Value;

    /// <summary>IOB2 tags for one sentence of tokens (surface forms, clitics attached as in ANERcorp).</summary>
    public string[] Predict(IReadOnlyList<string> tokens) => PredictDocument([tokens])[0];

    /// <summary>
    /// IOB2 tags for the sentences of one story, in order. A stacked model tags them all with its first
    /// pass, then again with what the first pass said about each stem in the neighbouring sentences.
    /// </summary>
    public string[][] PredictDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var infos = sentences.Select(Features.Analyse).ToArray();
        if (First is null) return infos.Select(s => IobDecoder.Decode(Scores(s, null))).ToArray();
        var firstPass = infos.Select(s => IobDecoder.Decode(First.Scores(s, null))).ToArray();
        var stack = NerStackFeatures.Compute(infos, firstPass);
        return infos.Select((s, k) => IobDecoder.Decode(Scores(s, stack[k]))).ToArray();
    }

    /// <summary>Log-probabilities <c>[i][prev, tag]</c> of every tag given every previous tag; <paramref name="stack"/> holds second-pass features per token.</summary>
    internal IReadOnlyList<double[,]> Scores(NerTokenInfo[] infos, List<string>[]? stack)
    {
        var result = new double[infos.Length][,];
        var feats = new List<string>(128);
        var baseScore = new double[_tags];
        var s = new double[_tags];
        var bias = _weights.Bias;
        for (int i = 0; i < infos.Length; i++)
        {
            feats.Clear();
            Features.Static(infos, i, feats);
            if (stack is not null) feats.AddRange(stack[i]);
            for (int t = 0; t < _tags; t++) baseScore[t] = bias[t];
            Add(feats, baseScore);
            var m = result[i] = new double[_tags + 1, _tags];
            for (int p = 0; p <= _tags; p++)
            {
                if (!Header.Features.PreviousTag && p > 0)
                {
                    for (int t = 0; t < _tags; t++) m[p, t] = m[0, t];
                    continue;
                }
                Array.Copy(baseScore, s, _tags);
                feats.Clear();
                Features.Previous(infos, i, p == _tags ? null : Header.Tags[p], feats);
                Add(feats, s);
                LogSoftmax(s);
                for (int t = 0; t < _tags; t++) m[p, t] = s[t];
                m[p, 0] -= Header.OutsideBias;
                if (_entityBias is not null)
                    for (int t = 0; t < _tags; t++) m[p, t] += _entityBias[t];
            }
        }
        return result;
    }

    private void Add(List<string> feats, double[] into)
    {
        var rowOf = _weights.RowOf;
        var rows = _weights.Rows;
        foreach (var f in feats)
        {
            int row = rowOf[NerFeatures.Hash(f, Header.HashBits)];
            if (row < 0) continue; // all its weights are zero
            int at = row * _tags;
            for (int t = 0; t < _tags; t++) into[t] += rows[at + t];
        }
    }

    private static void LogSoftmax(double[] s)
    {
        double max = s.Max(), sum = 0;
        foreach (var v in s) sum += Math.Exp(v - max);
        double log = max + Math.Log(sum);
        for (int t = 0; t < s.Length; t++) s[t] -= log;
    }
}
