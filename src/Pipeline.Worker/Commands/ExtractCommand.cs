using System.ComponentModel;
using Pipeline.Processing;
using Pipeline.Read;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>PLACEHOLDER extract verb: replaced by the batch runner.</summary>
public sealed class ExtractCommand(ArticleProcessor processor) : AsyncCommand<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<inputs>")]
        [Description("Files, folders (searched recursively) or globs of .html/.htm/.txt articles.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder for articles.jsonl, claims.jsonl and rejects.jsonl.")]
        public string Out { get; init; } = "out";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var f in settings.Inputs)
        {
            var r = processor.Process(new RawInput(f, null, File.ReadAllBytes(f)), cancellationToken);
            Console.WriteLine($"{f}: {r.Claims.Count} claims");
        }
        return 0;
    }
}
