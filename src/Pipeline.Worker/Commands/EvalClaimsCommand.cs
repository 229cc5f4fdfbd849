using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pipeline.Evaluation;
using Pipeline.Output;
using Pipeline.Training;
using Pipeline.Worker.Training;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>eval claims --gold DIR --pred FILE [--json] [--why]</c>: scores claims.jsonl against gold claims and
/// prints exactly what shared/eval/score.py prints (same matching, same rounding).
/// <c>eval claims --cv K --gold DIR… --articles DIR… [--out FILE] [--why]</c>: cross-validates the learned
/// claim models by article (seeded folds), prints the score.py table of the out-of-fold predictions, overall
/// and per article group. Exit code 1 when the files cannot be read.
/// </summary>
public sealed class EvalClaimsCommand(IServiceProvider services, IOptions<PipelineOptions> options) : Command<EvalClaimsCommand.Settings>
{
    public sealed class Settings : ClaimTrainingSettings
    {
        [CommandOption("--gold <PATH>")]
        [Description("A *.gold.jsonl file or a folder of them; repeat for several.")]
        public string[] Gold { get; init; } = [];

        [CommandOption("--pred <FILE>")]
        [Description("The predicted claims.jsonl (not with --cv).")]
        public string Pred { get; init; } = "";

        [CommandOption("--cv <K>")]
        [Description("Cross-validate the learned claim models with K folds grouped by article (needs --articles).")]
        public int Cv { get; init; }

        [CommandOption("--articles <DIR>")]
        [Description("With --cv: a folder of the gold's articles; repeat for several.")]
        public string[] Articles { get; init; } = [];

        [CommandOption("--out <FILE>")]
        [Description("With --cv: also write the out-of-fold claims as claims.jsonl (score.py scores it the same).")]
        public string? Out { get; init; }

        [CommandOption("--json")]
        [Description("Print the scores as JSON (as score.py --json).")]
        public bool Json { get; init; }

        [CommandOption("--why")]
        [Description("Also print where the gold claims are lost (found, wrong type, target, speaker, nothing predicted).")]
        public bool Why { get; init; }

        [CommandOption("--show-misses <N>")]
        [Description("Print the first N gold claims that no prediction matched.")]
        public int ShowMisses { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Gold.Length == 0 ? Spectre.Console.ValidationResult.Error("--gold is required (a *.gold.jsonl file or a folder of them).")
            : Cv == 0 && string.IsNullOrWhiteSpace(Pred) ? Spectre.Console.ValidationResult.Error("--pred is required (the claims.jsonl to score), or --cv K with --articles.")
            : Cv != 0 && Cv < 2 ? Spectre.Console.ValidationResult.Error("--cv needs at least 2 folds.")
            : Cv != 0 && Articles.Length == 0 ? Spectre.Console.ValidationResult.Error("--cv needs --articles (the folder of the gold's articles).")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.Cv > 0) return CrossValidate(settings, cancellationToken);
            var gold = ClaimFiles.LoadGold(settings.Gold);
            var (pred, bad) = ClaimFiles.LoadPred(settings.Pred, gold);
            var evaluation = ClaimEvaluation.Score(gold, pred, bad);
            Console.Out.Write(settings.Json ? ScoreReport.Json(evaluation) : ScoreReport.Text(evaluation, settings.ShowMisses));
            if (settings.Why) Console.Out.Write(LossTable.Text(LossTable.Count(gold, pred)));
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or IOException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private int CrossValidate(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var data = ClaimTrainingData.Load(services, options.Value, settings.Gold, settings.Articles, cancellationToken);
        var articles = data.Articles;
        Console.Error.WriteLine($"{data.Summary}; {settings.Cv} folds by article, seed {settings.Seed}");
        var cv = ClaimCrossValidation.Run(articles, settings.Cv, settings.Seed, settings.Training(), data.Parts, data.Builder,
            k => Console.Error.WriteLine($"fold {k + 1}/{settings.Cv} done ({clock.Elapsed.TotalSeconds:0} s)"), cancellationToken);
        if (settings.Out is { } outPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            File.WriteAllLines(outPath, articles.SelectMany(a => cv.Records[a.Doc]).Select(Json.Line));
            Console.Error.WriteLine($"wrote the out-of-fold claims to {outPath}");
        }
        var all = ClaimEvaluation.Score(cv.Gold, cv.Pred);
        Console.Out.Write(settings.Json ? ScoreReport.Json(all) : ScoreReport.Text(all, settings.ShowMisses));
        if (!settings.Json)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"{"group",-14} {"articles",8} {"gold",5} {"micro-F1",8} {"accused",8} {"denied",8} {"any-type",8}");
            foreach (var group in cv.GroupOf.Values.Distinct().Order(StringComparer.Ordinal))
            {
                var (g, p) = ClaimCrossValidation.Group(cv, group);
                var e = ClaimEvaluation.Score(g, p);
                Console.Out.WriteLine($"{group,-14} {g.Count,8} {g.Values.Sum(l => l.Count),5} {PythonFloat.F3(e.MicroF1),8} {PythonFloat.F3(e.WhoAccusedWhomF1),8} {PythonFloat.F3(e.WhoDeniedWhatF1),8} {PythonFloat.F3(e.AnyTypeF1),8}");
            }
        }
        if (settings.Why)
        {
            Console.Out.WriteLine();
            Console.Out.Write(LossTable.Text(LossTable.Count(cv.Gold, cv.Pred)));
        }
        return 0;
    }
}
