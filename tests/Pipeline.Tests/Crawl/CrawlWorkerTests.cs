using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawl;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Scheduling;

namespace Pipeline.Tests.Crawl;

/// <summary>The hosted worker on a fake clock: when passes fire, and how it stops.</summary>
public class CrawlWorkerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero); // 03:00 in Riyadh (UTC+3)

    private sealed class RecordingPass(TimeProvider time) : ICrawlPass
    {
        public List<DateTimeOffset> Runs { get; } = [];
        public TaskCompletionSource<DateTimeOffset> Next { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CrawlSummary> RunAsync(CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            lock (Runs) Runs.Add(now);
            var signal = Next;
            Next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult(now);
            return Task.FromResult(new CrawlSummary { Started = now });
        }
    }

    private sealed class BlockingPass : ICrawlPass
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool SawCancellation { get; private set; }

        public async Task<CrawlSummary> RunAsync(CancellationToken cancellationToken)
        {
            Started.SetResult();
            try { await Task.Delay(Timeout.Infinite, cancellationToken); }
            catch (OperationCanceledException) { SawCancellation = true; throw; }
            return new CrawlSummary();
        }
    }

    /// <summary>Counts "next pass scheduled" events (2150), so a test advances the clock only once the worker waits on it.</summary>
    private sealed class ScheduleLog : ILogger<CrawlWorker>
    {
        private int _scheduled;

        public int Scheduled => Volatile.Read(ref _scheduled);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 2150) Interlocked.Increment(ref _scheduled);
        }

        public async Task WaitForAsync(int count)
        {
            for (int i = 0; i < 1000 && Scheduled < count; i++) await Task.Delay(10);
            Assert.That(Scheduled, Is.GreaterThanOrEqualTo(count), "the worker never scheduled its next pass");
        }
    }

    private ScheduleLog _log = null!;

    [SetUp]
    public void NewLog() => _log = new ScheduleLog();

    private CrawlWorker Worker(ICrawlPass pass, TimeProvider time, bool runOnStart = false) =>
        new(pass, Microsoft.Extensions.Options.Options.Create(new CrawlOptions
        {
            Schedule = new ScheduleOptions { Cron = "0 2 * * *", TimeZone = "Asia/Riyadh", RunOnStart = runOnStart },
        }), time, _log);

    [Test]
    public async Task A_pass_fires_at_two_in_the_morning_Riyadh_time_and_again_a_day_later()
    {
        var clock = new FakeTimeProvider(Start);
        var pass = new RecordingPass(clock);
        using var worker = Worker(pass, clock);
        await worker.StartAsync(CancellationToken.None);

        var first = pass.Next.Task;
        await _log.WaitForAsync(1);
        clock.Advance(new TimeSpan(22, 59, 0)); // 01:59 in Riyadh
        await Task.Delay(50);
        Assert.That(pass.Runs, Is.Empty, "nothing before 02:00 local");

        clock.Advance(TimeSpan.FromMinutes(1));
        var at = await first.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(at, Is.EqualTo(new DateTimeOffset(2026, 11, 28, 23, 0, 0, TimeSpan.Zero)));
        Assert.That(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh")).TimeOfDay, Is.EqualTo(TimeSpan.FromHours(2)));

        await _log.WaitForAsync(2);
        var second = pass.Next.Task;
        clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await second.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(at.AddDays(1)));

        await worker.StopAsync(CancellationToken.None);
        Assert.That(pass.Runs, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Stopping_cancels_the_running_pass_and_ends_without_a_fault()
    {
        var clock = new FakeTimeProvider(Start);
        var pass = new BlockingPass();
        using var worker = Worker(pass, clock, runOnStart: true);
        await worker.StartAsync(CancellationToken.None);
        await pass.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(pass.SawCancellation, Is.True);
        Assert.That(worker.ExecuteTask!.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task Stopping_while_waiting_for_the_next_occurrence_ends_at_once()
    {
        var clock = new FakeTimeProvider(Start);
        var pass = new RecordingPass(clock);
        using var worker = Worker(pass, clock);
        await worker.StartAsync(CancellationToken.None);
        await _log.WaitForAsync(1);

        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(worker.ExecuteTask!.IsCompletedSuccessfully, Is.True);
        Assert.That(pass.Runs, Is.Empty);
    }
}
