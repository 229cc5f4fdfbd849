using System.Collections.Concurrent;
using Pipeline.Processing;

namespace Pipeline.Tests.ProcessingTests;

/// <summary>The ordered pipeline: input order out whatever the completion order, bounded memory, clean cancellation.</summary>
public class OrderedPipelineTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(8)]
    public async Task Results_are_written_in_input_order_when_workers_finish_out_of_order(int threads)
    {
        var written = new List<int>();
        // early items are the slowest, so later ones finish first and wait in the reorder buffer
        await OrderedPipeline.RunAsync(Enumerable.Range(0, 60), (i, _) =>
        {
            Thread.Sleep(i % 7 == 0 ? 20 : i % 3);
            return i * 10;
        }, (i, r) => written.Add(r), threads, CancellationToken.None);

        Assert.That(written, Is.EqualTo(Enumerable.Range(0, 60).Select(i => i * 10)));
    }

    [Test]
    public async Task Items_alive_at_once_never_exceed_the_window()
    {
        int started = 0, finishedWriting = 0, maxAlive = 0;
        await OrderedPipeline.RunAsync(Enumerable.Range(0, 200), (i, _) =>
        {
            int alive = Interlocked.Increment(ref started) - Volatile.Read(ref finishedWriting);
            InterlockedMax(ref maxAlive, alive);
            Thread.Sleep(i == 5 ? 50 : 0); // one slow item holds back the writer
            return i;
        }, (_, _) => Interlocked.Increment(ref finishedWriting), threads: 4, CancellationToken.None, window: 10);

        Assert.That(maxAlive, Is.LessThanOrEqualTo(10));
        Assert.That(finishedWriting, Is.EqualTo(200));
    }

    [Test]
    public void Cancellation_stops_the_reader_and_the_workers()
    {
        using var cts = new CancellationTokenSource();
        int worked = 0;
        var endless = Enumerable.Range(0, int.MaxValue);

        Assert.That(async () => await OrderedPipeline.RunAsync(endless, (i, _) =>
        {
            Interlocked.Increment(ref worked);
            return i;
        }, (i, _) =>
        {
            if (i == 20) cts.Cancel();
        }, threads: 2, cts.Token), Throws.InstanceOf<OperationCanceledException>());

        int afterwards = Volatile.Read(ref worked);
        Thread.Sleep(100);
        Assert.That(Volatile.Read(ref worked), Is.EqualTo(afterwards), "no worker goes on after the run ends");
        Assert.That(afterwards, Is.LessThan(20 + OrderedPipeline.DefaultWindow(2) + 2), "the reader stops within one window");
    }

    [Test]
    public void A_failing_worker_stops_the_run_with_its_own_exception()
    {
        Assert.That(async () => await OrderedPipeline.RunAsync(Enumerable.Range(0, 1000), (i, _) =>
            i == 30 ? throw new InvalidDataException("item 30 is broken") : i,
            (_, _) => { }, threads: 3, CancellationToken.None),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("item 30 is broken"));
    }

    [Test]
    public void A_failing_writer_stops_the_run_with_its_own_exception()
    {
        Assert.That(async () => await OrderedPipeline.RunAsync(Enumerable.Range(0, 1000), (i, _) => i,
            (i, _) => { if (i == 3) throw new IOException("disk full"); }, threads: 2, CancellationToken.None),
            Throws.TypeOf<IOException>());
    }

    [Test]
    public async Task An_empty_source_writes_nothing()
    {
        var written = new ConcurrentBag<int>();
        await OrderedPipeline.RunAsync(Array.Empty<int>(), (i, _) => i, (_, r) => written.Add(r), 2, CancellationToken.None);

        Assert.That(written, Is.Empty);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
