using System.ComponentModel;
using Pipeline.Output;
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
        Directory.CreateDirectory(settings.Out);
        await using var a = new StreamWriter(Path.Combine(settings.Out, "articles.jsonl"));
        await using var c = new StreamWriter(Path.Combine(settings.Out, "claims.jsonl"));
        var files = settings.Inputs.SelectMany(i => Directory.Exists(i) ? Directory.GetFiles(i, "*.*", SearchOption.AllDirectories) : [i]).Order();
        foreach (var f in files)
        {
            var r = processor.Process(new RawInput(f, null, File.ReadAllBytes(f)), cancellationToken);
            await a.WriteLineAsync(Json.Line(r.Article));
            foreach (var cl in r.Claims) await c.WriteLineAsync(Json.Line(cl));
        }
        return 0;
    }
}
