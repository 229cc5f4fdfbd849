using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Training;
using Pipeline.Worker.Training;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>train claims --gold DIR… --articles DIR…</c>: runs the grammar over every gold article, labels its
/// candidates, cross-validates by article (the card's scores), then trains the speaker, type and target
/// models on everything (and the reviewed articles of <c>--reviews</c>) and writes models/claims-model.bin
/// and its card. Seeded: the same data gives the same model.
/// </summary>
public sealed class TrainClaimsCommand(IServiceProvider services, IOptions<PipelineOptions> options) : Command<TrainClaimsCommand.Settings>
{
    public sealed class Settings : ClaimTrainingSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Gold claims: a *.gold.jsonl file or a folder of them; repeat for several.")]
        public string[] Gold { get; init; } = [];

        [CommandOption("--articles <DIR>")]
        [Description("The gold's articles (.txt/.html), named by the gold 'doc' values; repeat for several.")]
        public string[] Articles { get; init; } = [];

        [CommandOption("--reviews <STORE>")]
        [Description("A review store (reviews.db, or postgres:Host=…;Database=…): reviewed articles outside the gold folders are added to the training.")]
        public string? Reviews { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model (default: models/claims-model.bin); the card goes next to it (.md).")]
        public string? Out { get; init; }

        [CommandOption("--folds <N>")]
        [Description("Cross-validation folds grouped by article for the card's scores (default 5; 0 skips it).")]
        public int Folds { get; init; } = 5;

        public override Spectre.Console.ValidationResult Validate() =>
            Gold.Length == 0 || Articles.Length == 0 ? Spectre.Console.ValidationResult.Error("--gold and --articles are required.")
            : Folds is 1 or < 0 ? Spectre.Console.ValidationResult.Error("--folds must be 0 (no cross-validation) or at least 2.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var data = ClaimTrainingData.Load(services, options.Value, settings.Gold, settings.Articles, cancellationToken);
            var (articles, parts, builder) = (data.Articles, data.Parts, data.Builder);
            Console.WriteLine(data.Summary);
            var trainingSettings = settings.Training();
            ClaimEvaluation? cvScore = null;
            if (settings.Folds >= 2)
            {
                var cv = ClaimCrossValidation.Run(articles, settings.Folds, settings.Seed, trainingSettings, parts, builder, cancellationToken: cancellationToken);
                cvScore = ClaimEvaluation.Score(cv.Gold, cv.Pred);
                Console.WriteLine($"cross-validation ({settings.Folds} folds by article): {ScoreReport.HeadlineLine(cvScore)}");
            }
            var training = articles;
            if (settings.Reviews is { } store)
            {
                var (reviewed, count) = ReviewTraining.Load(store, data.GrammarOnly, articles.Select(a => a.Doc).ToHashSet(StringComparer.Ordinal), cancellationToken);
                training = [.. articles, .. reviewed];
                Console.WriteLine($"reviews: {count.Decisions} decisions, {count.Articles} reviewed articles added, {count.InGold} decisions on gold articles left to the gold, {count.Unresolved} whose article file is gone");
            }
            var model = ClaimTraining.Train(training, trainingSettings, parts);
            var outPath = settings.Out ?? Path.Combine(ModelPaths.Locate(options.Value.ModelsPath), ClaimModelFile.FileName);
            ClaimModelFile.Save(model, outPath);
            var refiner = parts.Refiner(model);
            var fitted = ClaimEvaluation.Score(articles.ToDictionary(a => a.Doc, a => a.Gold.ToList(), StringComparer.Ordinal),
                articles.ToDictionary(a => a.Doc, a => ClaimCrossValidation.Preds(ClaimCrossValidation.Predict(refiner, builder, a, cancellationToken)), StringComparer.Ordinal));
            var card = ClaimModelCard.Write(outPath, model, settings.Gold, settings.Articles, settings.Reviews, training, settings.Folds, settings.Seed, cvScore, fitted, DateTimeOffset.UtcNow);
            Console.WriteLine($"on the training articles themselves: {ScoreReport.HeadlineLine(fitted)}");
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB) and {card} in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or InvalidOperationException or ArgumentOutOfRangeException or Review.ReviewInputException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
