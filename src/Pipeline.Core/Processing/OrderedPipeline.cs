using System.Threading.Channels;

namespace Pipeline.Processing;

/// <summary>
/// Read → work on N threads → write in input order, over bounded channels. The reader numbers each
/// item; workers take items as they come and may finish out of order; the single writer holds early
/// results in a small reorder buffer and emits them by sequence number, so the output order is the
/// input order whatever the degree of parallelism.
/// <para>
/// Memory is bounded by <c>window</c>: the reader may not start item <c>s</c> until the writer has
/// emitted item <c>s - window</c>, so at most <c>window</c> items (queued, in work, or waiting in the
/// reorder buffer) are alive at any time. A slow item therefore stalls the reader rather than growing
/// the buffer (back-pressure), and cannot deadlock: it already holds its slot and will finish.
/// </para>
/// <para>
/// The writer runs on one thread at a time, so it may touch unsynchronised state (files, counters).
/// The first exception from the source, a worker or the writer cancels the others and is rethrown;
/// cancellation stops the reader and the workers at the next item.
/// </para>
/// </summary>
public static class OrderedPipeline
{
    /// <summary>The window used when none is given: enough to keep every worker busy, small enough to stay flat.</summary>
    public static int DefaultWindow(int threads) => Math.Max(8, threads * 4);

    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, CancellationToken, TOut> work,
        Action<TIn, TOut> write,
        int threads,
        CancellationToken cancellationToken,
        int window = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (window <= 0) window = DefaultWindow(threads);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        var slots = new SemaphoreSlim(window, window);
        var inbox = Channel.CreateBounded<(long Seq, TIn Item)>(new BoundedChannelOptions(window) { SingleWriter = true, SingleReader = threads == 1 });
        var outbox = Channel.CreateBounded<(long Seq, TIn Item, TOut Result)>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = threads == 1 });

        var reader = Task.Run(async () =>
        {
            try
            {
                long seq = 0;
                foreach (var item in source)
                {
                    await slots.WaitAsync(token).ConfigureAwait(false);
                    await inbox.Writer.WriteAsync((seq++, item), token).ConfigureAwait(false);
                }
                inbox.Writer.Complete();
            }
            catch (Exception ex)
            {
                inbox.Writer.Complete(ex);
                throw;
            }
        }, token);

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var (seq, item) in inbox.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                token.ThrowIfCancellationRequested();
                var result = work(item, token);
                await outbox.Writer.WriteAsync((seq, item, result), token).ConfigureAwait(false);
            }
        }, token)).ToArray();

        var workersDone = Task.WhenAll(workers).ContinueWith(
            t => outbox.Writer.TryComplete(t.Exception?.GetBaseException() ?? (t.IsCanceled ? new OperationCanceledException(token) : null)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        var writer = Task.Run(async () =>
        {
            var early = new Dictionary<long, (TIn Item, TOut Result)>(window);
            long next = 0;
            await foreach (var (seq, item, result) in outbox.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                early.Add(seq, (item, result));
                while (early.Remove(next, out var ready))
                {
                    write(ready.Item, ready.Result);
                    next++;
                    slots.Release();
                }
            }
            if (early.Count > 0) throw new InvalidOperationException($"{early.Count} results never reached the writer in order; a worker stopped early.");
        }, token);

        var all = new List<Task>(workers.Length + 2) { reader, writer };
        all.AddRange(workers);
        try
        {
            // The first failure cancels everything else; its exception (not a cascade of cancellations) is the one thrown.
            while (all.Count > 0)
            {
                var finished = await Task.WhenAny(all).ConfigureAwait(false);
                all.Remove(finished);
                if (finished.IsFaulted || finished.IsCanceled)
                {
                    await cts.CancelAsync().ConfigureAwait(false);
                    // the others now end with the cancellation this failure caused; the failure itself is rethrown below
                    await Task.WhenAll(all).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    await finished.ConfigureAwait(false);
                }
            }
            await workersDone.ConfigureAwait(false);
        }
        finally
        {
            slots.Dispose();
        }
    }
}
