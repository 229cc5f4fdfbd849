using System.ComponentModel;
using Pipeline.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>`review export`: writes the claims to review as a spreadsheet-ready CSV sheet.</summary>
public sealed class ReviewExportCommand : AsyncCommand<ReviewExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--claims <PATH>")]
        [Description("claims.jsonl written by `extract`.")]
        public string Claims { get; init; } = "out/claims.jsonl";

        [CommandOption("--csv <PATH>")]
        [Description("The review sheet to write (UTF-8 CSV with BOM).")]
        public string Csv { get; init; } = "review.csv";

        [CommandOption("--articles <PATH>")]
        [Description("articles.jsonl for titles and article order (default: next to claims.jsonl).")]
        public string? Articles { get; init; }

        [CommandOption("--below <CONFIDENCE>")]
        [Description("Export every claim with a confidence under this value instead of those marked needs_review.")]
        public double? Below { get; init; }

        [CommandOption("--types <TYPES>")]
        [Description("Comma-separated claim types to export (e.g. accusation,denial); default all.")]
        public string? Types { get; init; }

        [CommandOption("--separator <CHAR>")]
        [Description("Field separator: , (default), ; (spreadsheets whose list separator is ;) or tab.")]
        public string Separator { get; init; } = ",";

        [CommandOption("--include-reviewed")]
        [Description("Also export claims that already carry a decision.")]
        public bool IncludeReviewed { get; init; }

        public char SeparatorChar => Separator is "tab" or "\\t" ? '\t' : Separator[0];

        public override ValidationResult Validate()
        {
            if (Below is < 0 or > 1) return ValidationResult.Error("--below must lie between 0 and 1.");
            if (Separator is not ("," or ";" or "tab" or "\\t" or "\t")) return ValidationResult.Error("--separator must be , ; or tab.");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ExportOptions
        {
            Below = settings.Below,
            Types = settings.Types?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            IncludeReviewed = settings.IncludeReviewed,
            Separator = settings.SeparatorChar,
        };
        try
        {
            var result = ReviewExporter.Export(settings.Claims, settings.Articles, settings.Csv, options, cancellationToken);
            ReviewSummary.Export(result, settings.Csv);
            return Task.FromResult(0);
        }
        catch (ReviewInputException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(1);
        }
    }
}
