using Microsoft.Extensions.DependencyInjection;
using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Batch;
using Pipeline.Worker.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>extract INPUTS --out DIR</c>: the batch job. A progress bar in a terminal, log lines when the
/// output is redirected; a summary table at the end. Exit code 0 when every input was processed,
/// 2 when some were rejected, 1 when nothing could run.
/// </summary>
public sealed class ExtractCommand(IServiceProvider services, IOptions<PipelineOptions> options, ILogger<ExtractCommand> logger) : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<inputs>")]
        [Description("Files, folders (searched recursively) or globs of .html/.htm/.txt articles.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder for articles.jsonl, claims.jsonl and rejects.jsonl (default: out).")]
        public string Out { get; init; } = "out";

        [CommandOption("-t|--threads <N>")]
        [Description("Analysis threads (default: Pipeline:Threads, 0 there = one per processor). Output order does not depend on it.")]
        public int? Threads { get; init; }

        public override ValidationResult Validate() =>
            Threads is < 1 ? ValidationResult.Error("--threads must be 1 or more") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inputs = InputFiles.Expand(settings.Inputs).ToList();
        if (!inputs.Any(i => i.SkipReason is null))
        {
            logger.CannotRun($"no .html, .htm or .txt file found in {string.Join(", ", settings.Inputs)}; give files, folders or globs of articles");
            foreach (var i in inputs) logger.InputSkipped(i.Path, i.SkipReason ?? "");
            return 1;
        }
        BatchRunner runner;
        try
        {
            runner = services.GetRequiredService<BatchRunner>();
            if (settings.Threads is int threads) runner.Threads = threads;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or OptionsValidationException)
        {
            logger.CannotRun(ex.Message);
            return 1;
        }
        BatchSummary summary;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            summary = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Extracting claims", maxValue: inputs.Count(i => i.SkipReason is null));
                    return runner.Run(inputs, settings.Out, (done, _) => task.Value = done, cancellationToken);
                });
        }
        else
        {
            summary = runner.Run(inputs, settings.Out, null, cancellationToken);
        }
        SummaryTable.Write(summary, settings.Out, options.Value.ReviewThreshold);
        return summary.ExitCode;
    }
}
