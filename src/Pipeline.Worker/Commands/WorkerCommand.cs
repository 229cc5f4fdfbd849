using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Crawl.Scheduling;
using Pipeline.Worker.Hosting;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// The worker verb: a long-running host that crawls on Crawl:Schedule (cron + time zone) until
/// stopped. Under systemd (Type=notify) it reports readiness and stopping; SIGTERM and Ctrl-C stop
/// it gracefully.
/// </summary>
public sealed class WorkerCommand : AsyncCommand<WorkerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("crawl.json with a \"Crawl\" section (see samples/crawl.json).")]
        public string Config { get; init; } = "crawl.json";

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder (overrides Crawl:Output:Folder).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = CrawlStartup.Build(() =>
        {
            var builder = CrawlHost.CreateBuilder(settings.Config, settings.Out);
            builder.Services.AddSystemd();
            builder.Services.AddHostedService<CrawlWorker>();
            return builder;
        }, settings.Config, out var error);
        if (host is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            return 2;
        }
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
