using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Crawl;
using Pipeline.Crawl.Options;
using Pipeline.Worker.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>The crawl verb: one crawl pass now, a summary table, then exit. Ctrl-C or SIGTERM stop it after the article in hand.</summary>
public sealed class CrawlCommand : AsyncCommand<CrawlCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("crawl.json with a \"Crawl\" section (see samples/crawl.json).")]
        public string Config { get; init; } = "crawl.json";

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder (overrides Crawl:Output:Folder); records go to DIR/YYYY-MM-DD/*.jsonl.")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = CrawlStartup.Build(() => CrawlHost.CreateBuilder(settings.Config, settings.Out), settings.Config, out var error);
        if (host is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            return 2;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        try
        {
            var summary = await host.Services.GetRequiredService<ICrawlPass>().RunAsync(stop.Token);
            CrawlSummaryTable.Write(AnsiConsole.Console, summary);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("crawl stopped; the next run resumes where this one ended");
            return 130;
        }
    }
}
