using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl;
using Pipeline.Crawl.Options;

namespace Pipeline.Cluster.Silo;

/// <summary>How the worker verb runs the silo: one named pass then exit (<c>--once --pass ID</c>), or on the cron schedule.</summary>
public sealed record ClusterRun(bool Once, string? Pass);

/// <summary>
/// The silo's hosted worker. With <c>--once</c> it runs the named pass and stops the host. Otherwise
/// it runs a pass at each occurrence of Crawl:Schedule:Cron; the pass id is the occurrence time, so
/// every silo joins the same pass and only the first reads the sources.
/// </summary>
public sealed class ClusterWorker(ClusterPass pass, ClusterRun run, IOptions<CrawlOptions> options, IHostApplicationLifetime lifetime,
    TimeProvider time, ILogger<ClusterWorker> log) : BackgroundService
{
    /// <summary>The summary of the last completed pass on this silo.</summary>
    public CrawlSummary? Last { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (run.Once)
            {
                // Started hosted services first: the silo must be up before grains are called.
                await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
                Last = await pass.RunAsync(run.Pass ?? "once-" + time.GetUtcNow().ToString("yyyy-MM-dd"), stoppingToken);
                lifetime.StopApplication();
                return;
            }
            var schedule = options.Value.Schedule;
            var cron = CronExpression.Parse(schedule.Cron);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (cron.GetNextOccurrence(now, zone) is not { } next) return;
                var wait = Task.Delay(next - now, time, stoppingToken);
                log.NextPass(TimeZoneInfo.ConvertTime(next, zone), zone.Id);
                await wait;
                Last = await pass.RunAsync(next.UtcDateTime.ToString("yyyy-MM-ddTHH:mm'Z'"), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.WorkerStopping();
        }
    }
}
