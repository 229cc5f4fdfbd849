using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pipeline.Ner;
using Pipeline.Processing;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>train ner</c>: trains on all but the last dev fraction of sentences and prints dev scores, then
/// (unless --dev-only) retrains with the same settings on every sentence and writes models/ner.zip and
/// its card models/ner.md.
/// </summary>
public sealed class TrainNerCommand(IOptions<PipelineOptions> options) : Command<TrainNerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <FILE>")][Description("Training `TOKEN TAG` file (shared/data/ner/anercorp.train.txt).")]
        public string Data { get; init; } = "";

        [CommandOption("--dev-fraction <F>")][Description("Last fraction of sentences held out for dev scores (default 0.1).")]
        public double DevFraction { get; init; } = 0.1;

        [CommandOption("--out <FILE>")][Description("Model file to write (default: models/ner.zip).")]
        public string? Out { get; init; }

        [CommandOption("--gazetteers <DIR>")][Description("Rebuild models/ner-gazetteer.tsv from this folder (shared/data/gazetteers) first.")]
        public string? Gazetteers { get; init; }

        [CommandOption("--test <FILE>")][Description("Held-out file scored once with the final model for the card. Never tune on it.")]
        public string? Test { get; init; }

        [CommandOption("--dev-only")][Description("Stop after the dev scores (for tuning); writes nothing.")]
        public bool DevOnly { get; init; }

        [CommandOption("--trainer <NAME>")][Description("sdca (default) or lbfgs.")]
        public string Trainer { get; init; } = new NerTrainerOptions().Trainer;

        [CommandOption("--bits <N>")][Description("Feature hashing bits.")]
        public int Bits { get; init; } = new NerTrainerOptions().HashBits;

        [CommandOption("--l1 <X>")] public float L1 { get; init; } = new NerTrainerOptions().L1;

        [CommandOption("--l2 <X>")] public float L2 { get; init; } = new NerTrainerOptions().L2;

        [CommandOption("--iterations <N>")] public int Iterations { get; init; } = new NerTrainerOptions().MaxIterations;

        [CommandOption("--dev-pred <FILE>")][Description("Also write the dev predictions as `TOKEN GOLD PRED` lines.")]
        public string? DevPred { get; init; }

        [CommandOption("--verbose")][Description("Print ML.NET's training messages.")]
        public bool Verbose { get; init; }

        [CommandOption("--threads <N>")] public int Threads { get; init; } = new NerTrainerOptions().Threads;

        [CommandOption("--o-bias <X>")][Description("Subtracted from log P(O) before decoding; --dev-only prints a sweep to choose it.")]
        public double OutsideBias { get; init; } = 0.25;

        [CommandOption("--no-lexicon")][Description("Train without the jackknifed training-lexicon features.")]
        public bool NoLexicon { get; init; }

        [CommandOption("--no-char-ngrams")] public bool NoCharNgrams { get; init; }

        [CommandOption("--no-prev-tag")][Description("Train without previous-tag features (Viterbi over IOB constraints only).")]
        public bool NoPrevTag { get; init; }


        [CommandOption("--min-person-count <N>")][Description("Wikidata person-name tokens seen fewer times are left out of the gazetteer.")]
        public int MinPersonCount { get; init; } = NerGazetteerBuilder.MinPersonTokenCount;

        [CommandOption("--tune-entity-bias")][Description("Pick a B-X bias per entity type on dev (coordinate ascent) and ship it.")]
        public bool TuneEntityBias { get; init; }

        [CommandOption("--lexicon-context")][Description("Conjoin the lexicon band with the neighbouring stems, the stem's ending and gazetteer labels.")]
        public bool LexiconContext { get; init; }

        [CommandOption("--weights-only")][Description("Only add weights.bin (fast loading) to an existing model (--out or models/ner.zip) from its own ML.NET model, without training, and update the card's file line.")]
        public bool WeightsOnly { get; init; }

        [CommandOption("--stacked")][Description("Two passes: the second sees the first pass's tags nearby and for the same stem elsewhere in the story.")]
        public bool Stacked { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            !WeightsOnly && string.IsNullOrWhiteSpace(Data) ? Spectre.Console.ValidationResult.Error("--data FILE is required.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string modelsDir = ModelPaths.Locate(options.Value.ModelsPath);
        string outPath = settings.Out ?? Path.Combine(modelsDir, NerModelFile.ModelFileName);
        string gazPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, NerModelFile.GazetteerFileName);
        if (settings.WeightsOnly) return WriteWeights(outPath, gazPath);
        if (settings.Gazetteers is not null && !settings.DevOnly)
        {
            NerGazetteerBuilder.Write(NerGazetteerBuilder.Build(settings.Gazetteers, settings.MinPersonCount), gazPath);
            NerGazetteerBuilder.WriteNotice(settings.Gazetteers, Path.ChangeExtension(gazPath, ".NOTICE.txt"));
            Console.WriteLine($"gazetteer written to {gazPath}");
        }
        var gazetteer = settings.Gazetteers is not null && settings.DevOnly
            ? new NerGazetteer(NerGazetteerBuilder.Build(settings.Gazetteers, settings.MinPersonCount))
            : NerGazetteer.Load(gazPath);
        string gazSha = File.Exists(gazPath) ? NerModelHeader.Sha256Of(gazPath) : "";
        var trainerOptions = new NerTrainerOptions
        {
            HashBits = settings.Bits, Trainer = settings.Trainer, L1 = settings.L1, L2 = settings.L2, MaxIterations = settings.Iterations, Threads = settings.Threads,
            Features = new NerFeatureOptions(CharNgrams: !settings.NoCharNgrams, PreviousTag: !settings.NoPrevTag, Lexicon: !settings.NoLexicon, Stacked: settings.Stacked, LexiconContext: settings.LexiconContext),
        };
        var all = ConllReader.Read(settings.Data);
        string dataSha = NerModelHeader.Sha256Of(settings.Data);
        var (train, dev) = NerEvaluation.SplitDev(all, settings.DevFraction);
        Console.WriteLine($"{all.Count} sentences: {train.Count} train, {dev.Count} dev; {trainerOptions}");

        var clock = Stopwatch.StartNew();
        var devModel = NerTrainer.Train(train, gazetteer, gazSha, dataSha, trainerOptions, cancellationToken, settings.Verbose ? Console.WriteLine : null);
        var devTime = clock.Elapsed;
        if (settings.DevOnly)
        {
            foreach (var b in new[] { 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0 })
                Console.WriteLine($"o-bias {b}: dev micro F1 {NerEvaluation.Run(devModel.WithOutsideBias(b), dev, cancellationToken).Scores.Micro.F1:F4}");
        }
        devModel = devModel.WithOutsideBias(settings.OutsideBias);
        IReadOnlyDictionary<string, double>? entityBias = null;
        if (settings.TuneEntityBias)
        {
            entityBias = NerBiasTuning.Tune(devModel, dev, cancellationToken);
            Console.WriteLine("entity bias on dev: " + string.Join(", ", entityBias.Select(kv => $"{kv.Key} {kv.Value:+0.00;-0.00}")));
            devModel = devModel.WithEntityBias(entityBias);
        }
        var (devPredicted, devScores) = NerEvaluation.Run(devModel, dev, cancellationToken);
        if (settings.DevPred is not null) NerEvaluation.WritePredictions(settings.DevPred, dev, devPredicted);
        Console.WriteLine($"dev model trained in {devTime.TotalSeconds:F0} s");
        Console.WriteLine(devScores.Format(dev.Sum(s => s.Count)));
        if (settings.DevOnly) return 0;

        clock.Restart();
        var model = NerTrainer.Train(all, gazetteer, gazSha, dataSha, trainerOptions, cancellationToken, settings.Verbose ? Console.WriteLine : null)
            .WithOutsideBias(settings.OutsideBias).WithEntityBias(entityBias);
        var finalTime = clock.Elapsed;
        NerModelFile.Save(model, outPath);
        Console.WriteLine($"final model trained on all {all.Count} sentences in {finalTime.TotalSeconds:F0} s, written to {outPath}");
        EntityScores? testScores = null;
        if (settings.Test is not null)
        {
            var test = ConllReader.Read(settings.Test);
            testScores = NerEvaluation.Run(NerModelFile.Load(outPath, gazPath), test, cancellationToken).Scores;
            Console.WriteLine("test: " + testScores.Format(test.Sum(s => s.Count)));
        }
        string card = CardPath(outPath);
        File.WriteAllText(card, NerCard.Render(model.Header, trainerOptions, settings.Data, train.Count, dev.Count, devScores, testScores,
            settings.Test, outPath, devTime, finalTime));
        Console.WriteLine($"card written to {card}");
        return 0;
    }

    private static string CardPath(string modelPath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "ner.md");

    /// <summary>
    /// <c>--weights-only</c>: loads the model (through ML.NET when it has no weights.bin yet) and saves it again,
    /// which adds weights.bin; the weights come from the same ML.NET model, so the tags do not change. Save writes
    /// a .tmp file and moves it over the model. The card's file line gets the new size and SHA-256.
    /// </summary>
    private static int WriteWeights(string modelPath, string gazPath)
    {
        try
        {
            var model = NerModelFile.Load(modelPath, gazPath);
            NerModelFile.Save(model, modelPath);
            var reloaded = NerModelFile.Load(modelPath, gazPath); // proves the new weights.bin reads back
            Console.WriteLine($"wrote weights.bin ({reloaded.Weights.RowCount} non-zero rows of 2^{reloaded.Header.HashBits}) into {modelPath}");
            string card = CardPath(modelPath);
            if (!File.Exists(card))
                Console.WriteLine($"no card at {card}; nothing else changed");
            else if (NerCard.UpdateFileLine(card, model.Header, modelPath))
                Console.WriteLine($"card {card}: file size and SHA-256 updated");
            else
                Console.Error.WriteLine($"warning: card {card} has no `- Built … File …` line to update; re-run `train ner` to rewrite it");
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
