using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;
using Microsoft.ML.Trainers;

namespace Pipeline.Ner;

/// <summary>Hyper-parameters of <see cref="NerTrainer"/>; defaults are the ones picked on the dev split (models/ner.md).</summary>
public sealed record NerTrainerOptions
{
    public int HashBits { get; init; } = 20;
    public NerFeatureOptions Features { get; init; } = new();
    /// <summary><c>lbfgs</c> (LbfgsMaximumEntropy) or <c>sdca</c> (SdcaMaximumEntropy).</summary>
    /// <remarks>SDCA won on dev and trains several times faster here than L-BFGS (models/ner.md).</remarks>
    public string Trainer { get; init; } = "sdca";
    public float L1 { get; init; } = 0f;
    public float L2 { get; init; } = 1e-6f;
    public int MaxIterations { get; init; } = 20;
    /// <summary>One thread keeps the update order fixed, so a retrain gives the same model.</summary>
    public int Threads { get; init; } = 1;
    public int Seed { get; init; } = 1;
    /// <summary>O bias of the first pass of a stacked model.</summary>
    public double FirstOutsideBias { get; init; } = 0.25;
}

/// <summary>
/// Trains the NER tagger: featurises every token (previous-tag features from the gold tags, as a
/// maximum-entropy Markov model is trained), hashes the feature strings into a sparse
/// <see cref="VBuffer{T}"/>, and fits an ML.NET maximum-entropy classifier.
/// </summary>
public static class NerTrainer
{
    /// <summary>Folds of the jackknifed training lexicon.</summary>
    public const int Folds = 5;

    /// <summary>Folds of the out-of-fold first-pass tags a stacked model learns from.</summary>
    public const int StackFolds = 4;

    private sealed class Row
    {
        public VBuffer<float> Features;
        public uint Label;
    }

    /// <summary>
    /// Trains the tagger. With <see cref="NerFeatureOptions.Stacked"/>, first-pass models are trained on
    /// all folds but one and tag that fold (so the second pass learns from first-pass tags as good as on
    /// unseen text), then the first pass is retrained on everything and the second pass on the stack features.
    /// </summary>
    public static NerModel Train(IReadOnlyList<ConllSentence> sentences, NerGazetteer gazetteer, string gazetteerSha256,
        string trainSha256, NerTrainerOptions options, CancellationToken cancellationToken, Action<string>? log = null)
    {
        if (!options.Features.Stacked) return TrainOne(sentences, gazetteer, gazetteerSha256, trainSha256, options, null, null, cancellationToken, log);
        var firstOptions = options with { Features = options.Features with { Stacked = false } };
        var firstPass = new string[sentences.Count][];
        for (int k = 0; k < StackFolds; k++)
        {
            var inFold = Enumerable.Range(0, sentences.Count).Where(i => (int)((long)i * StackFolds / sentences.Count) == k).ToArray();
            var rest = sentences.Where((_, i) => (int)((long)i * StackFolds / sentences.Count) != k).ToList();
            var foldModel = TrainOne(rest, gazetteer, gazetteerSha256, trainSha256, firstOptions, null, null, cancellationToken, log)
                .WithOutsideBias(options.FirstOutsideBias);
            var tags = foldModel.PredictDocument(inFold.Select(i => sentences[i].Tokens).ToArray());
            for (int j = 0; j < inFold.Length; j++) firstPass[inFold[j]] = tags[j];
            log?.Invoke($"{DateTime.UtcNow:HH:mm:ss} first-pass fold {k + 1}/{StackFolds} tagged");
        }
        var first = TrainOne(sentences, gazetteer, gazetteerSha256, trainSha256, firstOptions, null, null, cancellationToken, log)
            .WithOutsideBias(options.FirstOutsideBias);
        var analyser = new NerFeatures(gazetteer, NerLexicon.Empty, options.Features with { Lexicon = false });
        var stack = NerStackFeatures.Compute(sentences.Select(s => analyser.Analyse(s.Tokens)).ToArray(), firstPass);
        return TrainOne(sentences, gazetteer, gazetteerSha256, trainSha256, options, stack, first, cancellationToken, log);
    }

    private static NerModel TrainOne(IReadOnlyList<ConllSentence> sentences, NerGazetteer gazetteer, string gazetteerSha256,
        string trainSha256, NerTrainerOptions options, List<string>[][]? stack, NerModel? first, CancellationToken cancellationToken, Action<string>? log)
    {
        var lexicon = NerLexicon.Build(sentences);
        // Jackknife: sentence k is featurised with the lexicon of the folds it is not in.
        var foldFeatures = Enumerable.Range(0, Folds).Select(k => new NerFeatures(gazetteer,
            NerLexicon.Build(sentences.Where((_, i) => i % Folds != k)), options.Features)).ToArray();
        int dim = 1 << options.HashBits;
        var rows = new List<Row>();
        var feats = new List<string>(128);
        for (int si = 0; si < sentences.Count; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[si];
            var features = foldFeatures[si % Folds];
            var infos = features.Analyse(sentence.Tokens);
            for (int i = 0; i < infos.Length; i++)
            {
                feats.Clear();
                features.Static(infos, i, feats);
                if (stack is not null) feats.AddRange(stack[si][i]);
                features.Previous(infos, i, i == 0 ? null : sentence.Tags[i - 1], feats);
                rows.Add(new Row { Features = Vector(feats, options.HashBits, dim), Label = (uint)NerTags.IndexOf(sentence.Tags[i]) });
            }
        }
        var ml = new MLContext(seed: options.Seed);
        if (log is not null)
        {
            log($"{rows.Count} rows featurised");
            ml.Log += (_, e) =>
            {
                if (e.Kind is ChannelMessageKind.Info or ChannelMessageKind.Warning) log($"{DateTime.UtcNow:HH:mm:ss} {e.Source}: {e.Message}");
            };
        }
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), NerTags.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        ITransformer transformer = options.Trainer switch
        {
            "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.MaxIterations,
                NumberOfThreads = options.Threads,
                HistorySize = 10,
                OptimizationTolerance = 1e-6f,
            }).Fit(data),
            "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.MaxIterations,
                NumberOfThreads = options.Threads,
            }).Fit(data),
            _ => throw new ArgumentException($"Unknown trainer '{options.Trainer}'; use lbfgs or sdca."),
        };
        var header = new NerModelHeader(NerModelHeader.CurrentVersion, NerTags.All, options.HashBits, options.Features,
            $"{options.Trainer} l1={options.L1} l2={options.L2} iterations≤{options.MaxIterations}", trainSha256, sentences.Count,
            gazetteerSha256, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        return new NerModel(header, gazetteer, lexicon, transformer, data.Schema, first);
    }

    /// <summary>The sparse feature vector: hashed indices, sorted, colliding features summed.</summary>
    internal static VBuffer<float> Vector(List<string> feats, int bits, int dim)
    {
        var idx = new int[feats.Count];
        for (int k = 0; k < idx.Length; k++) idx[k] = NerFeatures.Hash(feats[k], bits);
        return Pipeline.Training.SparseVector.Counts(idx, dim);
    }
}
