using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Pipeline.Cluster.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>cluster merge: joins the silos' part-*.jsonl files of each day into articles/claims/rejects.jsonl, once per id.</summary>
public sealed class ClusterMergeCommand(ILogger<ClusterMergeCommand> log) : Command<ClusterMergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUT>")]
        [Description("The cluster's output folder (Crawl:Output:Folder), holding YYYY-MM-DD/part-SILO.*.jsonl.")]
        public string Out { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Out))
        {
            Console.Error.WriteLine($"error: {settings.Out}: folder not found; pass the Crawl:Output:Folder the silos wrote to");
            return 2;
        }
        var table = new Table().AddColumns("day", "partitions", "articles", "claims", "duplicate articles dropped");
        foreach (var d in PartitionMerge.Merge(settings.Out, log))
            table.AddRow(d.Day, d.Partitions.ToString(), d.Articles.ToString(), d.Claims.ToString(), d.DuplicateArticles.ToString());
        AnsiConsole.Write(table);
        return 0;
    }
}
