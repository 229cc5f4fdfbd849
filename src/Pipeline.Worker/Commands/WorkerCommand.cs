using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Cluster;
using Pipeline.Cluster.Silo;
using Pipeline.Crawl.Scheduling;
using Pipeline.Worker.Hosting;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// The worker verb: a long-running host that crawls on Crawl:Schedule (cron + time zone) until
/// stopped. Under systemd (Type=notify) it reports readiness and stopping; SIGTERM and Ctrl-C stop
/// it gracefully. With --cluster (or Cluster:Enabled) the same process is an Orleans silo that shares
/// the crawl with the other silos of its cluster (docs/cluster.md).
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

        [CommandOption("--cluster")]
        [Description("Run as an Orleans silo with the settings of the \"Cluster\" section (docs/cluster.md).")]
        public bool Cluster { get; init; }

        [CommandOption("--once")]
        [Description("Cluster only: run one pass (--pass) with the other silos, then exit.")]
        public bool Once { get; init; }

        [CommandOption("--pass <ID>")]
        [Description("Cluster only: the pass every silo joins with --once (default once-YYYY-MM-DD).")]
        public string? Pass { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        bool cluster = false;
        using var host = CrawlStartup.Build(() =>
        {
            var builder = CrawlHost.CreateBuilder(settings.Config, settings.Out);
            builder.Services.AddSystemd();
            cluster = settings.Cluster || builder.Configuration.GetValue<bool>("Cluster:Enabled");
            if (cluster) builder.AddCrawlCluster(new ClusterRun(settings.Once, settings.Pass));
            else if (settings.Once) throw new CrawlConfigException("--once needs --cluster; for one single-machine pass use the crawl verb");
            else builder.Services.AddHostedService<CrawlWorker>();
            return builder;
        }, settings.Config, out var error);
        if (host is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            return 2;
        }
        var silo = cluster ? host.Services.GetRequiredService<ClusterWorker>() : null;
        await host.RunAsync(cancellationToken);
        // A --once silo whose pass did not complete (a fault, or stopped) exits non-zero.
        return settings.Once && silo?.Last is null ? 1 : 0;
    }
}
