using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.ML;
using Pipeline.Claims;
using Pipeline.Evaluation;
using Pipeline.Extract;
using Pipeline.Lexicons;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Training;
using Pipeline.Worker.Training;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>train claims --gold DIR --articles DIR</c>: labels the pipeline's (rule-scored) claims against gold,
/// cross-validates the confidence model by article, optionally simulates the review loop, then trains on
/// everything and writes the model, its weights file and its card. Seeded: the same data gives the same model.
/// <c>train claims --weights-only</c> only rewrites the weights file from the existing model.
/// </summary>
public sealed class TrainClaimsCommand(IServiceProvider services, IOptions<PipelineOptions> options) : Command<TrainClaimsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Gold claims: a *.gold.jsonl file or a folder of them.")]
        public string Gold { get; init; } = "";

        [CommandOption("--articles <DIR>")]
        [Description("The gold's articles (.txt/.html), named by the gold 'doc' values.")]
        public string Articles { get; init; } = "";

        [CommandOption("--reviews <STORE>")]
        [Description("A review store (reviews.db, or postgres:Host=…;Database=…): its decisions are added as labels.")]
        public string? Reviews { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model (default: models/claims-confidence.zip); the card goes next to it (.md).")]
        public string? Out { get; init; }

        [CommandOption("--folds <N>")]
        [Description("Cross-validation folds, grouped by article (default 5).")]
        public int Folds { get; init; } = 5;

        [CommandOption("--seed <N>")]
        [Description("Random seed of the fold split and the trainer (default 13).")]
        public int Seed { get; init; } = 13;

        [CommandOption("--weights-only")]
        [Description("Only rewrite the weights file (claims-confidence.weights.json) from the existing model, without training.")]
        public bool WeightsOnly { get; init; }

        [CommandOption("--simulate-review")]
        [Description("Also simulate the review loop from gold and print held-out scores before and after.")]
        public bool SimulateReview { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            WeightsOnly ? Spectre.Console.ValidationResult.Success()
            : string.IsNullOrWhiteSpace(Gold) || string.IsNullOrWhiteSpace(Articles)
                ? Spectre.Console.ValidationResult.Error("--gold and --articles are required.")
                : Folds < 2 ? Spectre.Console.ValidationResult.Error("--folds must be at least 2.")
                : Spectre.Console.ValidationResult.Success();
    }

    /// <summary>The weights of an existing model, for the pipeline (which does not load ML.NET).</summary>
    private static int WriteWeights(string modelPath)
    {
        // loading checks the model first: a missing or broken zip fails with its path and the fix
        ConfidenceModel.Load(modelPath, new ClaimFeatures(null)).Dispose();
        var written = ConfidenceTrainer.SaveWeights(modelPath);
        Console.WriteLine($"wrote {written} from {modelPath}");
        return 0;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        double threshold = options.Value.ReviewThreshold;
        try
        {
            var modelsDir = ModelPaths.Locate(options.Value.ModelsPath);
            if (settings.WeightsOnly) return WriteWeights(settings.Out ?? Path.Combine(modelsDir, ConfidenceModel.FileName));
            var features = new ClaimFeatures(CueLexicon.Load(ModelPaths.Require(modelsDir, "cues.tsv")));
            var processor = new ArticleProcessor(
                services.GetRequiredService<IArticleExtractor>(),
                Stages.Load(modelsDir, ClaimScorerKind.Rules),
                new ClaimRecordBuilder(threshold, PipelineServices.ModelName));
            var gold = ClaimFiles.LoadGold([settings.Gold]);
            var data = ConfidenceDataset.Build(processor, features, settings.Articles, gold, cancellationToken);
            int articles = data.Claims.Select(c => c.Doc).Distinct().Count();
            Console.WriteLine($"{data.Claims.Count} claims from {articles} articles, {data.Claims.Count(c => c.Label)} correct by gold");

            var cv = CrossValidation.Run(data.Claims, settings.Folds, settings.Seed, threshold, features);
            TrainingReport.CrossValidation(cv, threshold);
            var floors = new[] { 0.0, 0.2, 0.3, 0.4, 0.5, 0.6 }.Select(f => ConfidenceMetrics.AtFloor(cv.OutOfFold, gold, f)).ToList();
            TrainingReport.Floors(floors);
            if (settings.SimulateReview) TrainingReport.Simulation(ReviewSimulation.Run(data, threshold, settings.Seed, features), threshold);

            var rows = data.Claims.Select(c => c.Row).ToList();
            int reviewLabels = 0;
            if (settings.Reviews is { } store)
            {
                var (reviewed, count) = ReviewLabels.Apply(store, data, processor, features, cancellationToken);
                rows = reviewed;
                reviewLabels = count.Decisions - count.Unresolved;
                Console.WriteLine($"reviews: {count.Decisions} decisions, {count.Overrode} changed a gold label, {count.Added} added claims, {count.Unresolved} not found (article missing or grammar changed)");
            }
            var ml = new MLContext(settings.Seed);
            var model = ConfidenceTrainer.Fit(ml, rows);
            var outPath = settings.Out ?? Path.Combine(modelsDir, ConfidenceModel.FileName);
            ConfidenceTrainer.Save(ml, model, outPath);
            var card = ModelCard.Write(new ModelCardInfo(outPath, settings.Gold, settings.Articles, settings.Reviews, articles,
                rows.Count, rows.Count(r => r.Label), reviewLabels, settings.Folds, settings.Seed, threshold, cv, floors, DateTimeOffset.UtcNow));
            Console.WriteLine($"wrote {outPath} and {card} in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or InvalidOperationException or ArgumentOutOfRangeException or Review.ReviewInputException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
