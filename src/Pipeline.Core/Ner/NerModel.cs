using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Pipeline.Ner;

/// <summary>
/// A trained NER tagger: an ML.NET multiclass maximum-entropy model over hashed sparse features plus
/// the header that says how to featurise. <see cref="Predict"/> scores each token with the model's
/// weights (read once from the ML.NET model parameters, so the Viterbi can add the previous-tag
/// features for each candidate tag without nine engine calls per token) and decodes with
/// <see cref="IobDecoder"/>. Instances are immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    private readonly float[] _weights; // [feature * tags + tag]
    private readonly float[] _bias;
    private readonly int _tags;

    internal NerModel(NerModelHeader header, NerGazetteer gazetteer, NerLexicon lexicon, ITransformer transformer, DataViewSchema inputSchema)
    {
        Header = header;
        Transformer = transformer;
        InputSchema = inputSchema;
        Lexicon = lexicon;
        Features = new NerFeatures(gazetteer, lexicon, header.Features);
        _tags = header.Tags.Count;
        var parameters = Parameters(transformer);
        VBuffer<float>[] w = [];
        parameters.GetWeights(ref w, out int classes);
        if (classes != _tags)
            throw new InvalidDataException($"The NER model has {classes} classes but its header lists {_tags} tags; rebuild it with `train ner`.");
        _bias = parameters.GetBiases().ToArray();
        _weights = new float[(1 << header.HashBits) * _tags];
        for (int c = 0; c < _tags; c++)
        {
            var values = w[c].GetValues();
            if (w[c].IsDense)
                for (int f = 0; f < values.Length; f++) _weights[f * _tags + c] = values[f];
            else
            {
                var indices = w[c].GetIndices();
                for (int k = 0; k < indices.Length; k++) _weights[indices[k] * _tags + c] = values[k];
            }
        }
    }

    private NerModel(NerModel other, NerModelHeader header)
    {
        Header = header;
        Transformer = other.Transformer;
        InputSchema = other.InputSchema;
        Features = other.Features;
        Lexicon = other.Lexicon;
        _tags = other._tags;
        _bias = other._bias;
        _weights = other._weights;
    }

    /// <summary>The same weights decoded with another O bias (tuned on dev by <c>train ner</c>).</summary>
    public NerModel WithOutsideBias(double bias) => new(this, Header with { OutsideBias = bias });

    public NerModelHeader Header { get; }

    public NerFeatures Features { get; }

    internal NerLexicon Lexicon { get; }

    internal ITransformer Transformer { get; }

    internal DataViewSchema InputSchema { get; }

    /// <summary>IOB2 tags for one sentence of tokens (surface forms, clitics attached as in ANERcorp).</summary>
    public string[] Predict(IReadOnlyList<string> tokens) => IobDecoder.Decode(Scores(tokens));

    /// <summary>Log-probabilities <c>[i][prev, tag]</c> of every tag given every previous tag.</summary>
    public IReadOnlyList<double[,]> Scores(IReadOnlyList<string> tokens)
    {
        var infos = Features.Analyse(tokens);
        var result = new double[infos.Length][,];
        var feats = new List<string>(128);
        var baseScore = new double[_tags];
        var s = new double[_tags];
        for (int i = 0; i < infos.Length; i++)
        {
            feats.Clear();
            Features.Static(infos, i, feats);
            for (int t = 0; t < _tags; t++) baseScore[t] = _bias[t];
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
            }
        }
        return result;
    }

    private void Add(List<string> feats, double[] into)
    {
        foreach (var f in feats)
        {
            int at = NerFeatures.Hash(f, Header.HashBits) * _tags;
            for (int t = 0; t < _tags; t++) into[t] += _weights[at + t];
        }
    }

    private static void LogSoftmax(double[] s)
    {
        double max = s.Max(), sum = 0;
        foreach (var v in s) sum += Math.Exp(v - max);
        double log = max + Math.Log(sum);
        for (int t = 0; t < s.Length; t++) s[t] -= log;
    }

    internal static LinearMulticlassModelParametersBase Parameters(ITransformer transformer) => transformer switch
    {
        ISingleFeaturePredictionTransformer<object> { Model: LinearMulticlassModelParametersBase p } => p,
        TransformerChain<ITransformer> chain when chain.LastTransformer is not null => Parameters(chain.LastTransformer),
        _ => throw new InvalidDataException($"The NER model holds a {transformer.GetType().Name}, not a linear multiclass model; rebuild it with `train ner`."),
    };
}
