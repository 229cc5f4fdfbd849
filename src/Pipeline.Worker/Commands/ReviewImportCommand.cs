using System.ComponentModel;
using Pipeline.Review;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// `review import`: applies a filled review sheet to claims.jsonl and records the decisions.
/// Exit code 0 when every decided row was applied, 2 when some rows were reported and skipped,
/// 1 when nothing could run.
/// </summary>
public sealed class ReviewImportCommand : AsyncCommand<ReviewImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<csv>")]
        [Description("The review sheet as the spreadsheet saved it (CSV UTF-8, CSV with ; or Unicode text).")]
        public string Csv { get; init; } = "";

        [CommandOption("--claims <PATH>")]
        [Description("claims.jsonl to update (rewritten atomically; the previous version is kept as claims.jsonl.bak).")]
        public string Claims { get; init; } = "out/claims.jsonl";

        [CommandOption("--articles <PATH>")]
        [Description("articles.jsonl, to find the offsets of fixed fields (default: next to claims.jsonl).")]
        public string? Articles { get; init; }

        [CommandOption("--store <PATH>")]
        [Description("The review store: a SQLite file (default: reviews.db next to claims.jsonl) or postgres:Host=…;Database=… for a shared one.")]
        public string? Store { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var result = ReviewImporter.Import(
                new ImportOptions(settings.Csv, settings.Claims, settings.Articles, settings.Store), TimeProvider.System, cancellationToken);
            ReviewSummary.Import(result, settings.Claims);
            return Task.FromResult(result.Problems.Count > 0 ? 2 : 0);
        }
        catch (ReviewInputException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(1);
        }
    }
}
