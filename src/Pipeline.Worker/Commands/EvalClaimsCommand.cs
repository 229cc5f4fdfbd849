using System.ComponentModel;
using Pipeline.Evaluation;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>eval claims --gold DIR --pred FILE [--json]</c>: scores claims.jsonl against gold claims and prints
/// exactly what shared/eval/score.py prints (same matching, same rounding). Exit code 1 when the files
/// cannot be read.
/// </summary>
public sealed class EvalClaimsCommand : Command<EvalClaimsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <PATH>")]
        [Description("A *.gold.jsonl file or a folder of them; repeat for several.")]
        public string[] Gold { get; init; } = [];

        [CommandOption("--pred <FILE>")]
        [Description("The predicted claims.jsonl.")]
        public string Pred { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the scores as JSON (as score.py --json).")]
        public bool Json { get; init; }

        [CommandOption("--show-misses <N>")]
        [Description("Print the first N gold claims that no prediction matched.")]
        public int ShowMisses { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Gold.Length == 0 ? Spectre.Console.ValidationResult.Error("--gold is required (a *.gold.jsonl file or a folder of them).")
            : string.IsNullOrWhiteSpace(Pred) ? Spectre.Console.ValidationResult.Error("--pred is required (the claims.jsonl to score).")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var gold = ClaimFiles.LoadGold(settings.Gold);
            var (pred, bad) = ClaimFiles.LoadPred(settings.Pred, gold);
            var evaluation = ClaimEvaluation.Score(gold, pred, bad);
            Console.Out.Write(settings.Json ? ScoreReport.Json(evaluation) : ScoreReport.Text(evaluation, settings.ShowMisses));
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
