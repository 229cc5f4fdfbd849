using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;

namespace Pipeline.Crawl.Scheduling;

/// <summary>
/// The hosted worker: runs a crawl pass at each occurrence of Crawl:Schedule:Cron in
/// Crawl:Schedule:TimeZone (Cronos handles daylight-saving gaps and overlaps), until the host stops.
/// Stopping (SIGTERM under systemd, Ctrl-C) cancels the wait or the pass; the pass finishes the
/// article in hand and returns, which is a graceful stop, not an error. Any other exception of a pass
/// is a fault of the host and stops it (BackgroundServiceExceptionBehavior.StopHost).
/// </summary>
public sealed class CrawlWorker(ICrawlPass pass, IOptions<CrawlOptions> options, TimeProvider time, ILogger<CrawlWorker> log) : BackgroundService
{
    /// <summary>Completed passes, for tests and diagnostics.</summary>
    public int PassesCompleted => _passes;

    private int _passes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = options.Value.Schedule;
        var cron = CronExpression.Parse(schedule.Cron);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        try
        {
            if (schedule.RunOnStart) await RunPassAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var next = cron.GetNextOccurrence(now, zone);
                if (next is null) return;
                // Logged once the timer exists, so whoever reads the log (tests too) knows the wait has begun.
                var wait = Task.Delay(next.Value - now, time, stoppingToken);
                log.NextPass(TimeZoneInfo.ConvertTime(next.Value, zone), zone.Id);
                await wait;
                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.WorkerStopping();
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        await pass.RunAsync(stoppingToken);
        Interlocked.Increment(ref _passes);
    }
}
