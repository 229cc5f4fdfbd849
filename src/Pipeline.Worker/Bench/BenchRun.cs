using System.Diagnostics;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Worker.Bench;

/// <summary>What one timed pass over the corpus did.</summary>
public sealed class BenchResult
{
    public int Threads { get; init; }

    /// <summary>Which round of 1-thread and T-thread passes this pass belongs to (from 1).</summary>
    public int Round { get; set; } = 1;
    public int Articles { get; set; }
    public int Rejects { get; set; }
    public long Bytes { get; set; }
    public long Tokens { get; set; }
    public long Claims { get; set; }
    public TimeSpan Elapsed { get; set; }

    /// <summary>Processor time of the whole process during the pass: what the work cost, whatever else loads the machine.</summary>
    public TimeSpan Cpu { get; set; }

    /// <summary>Bytes allocated during the pass (all threads).</summary>
    public long Allocated { get; set; }

    /// <summary>Garbage collections during the pass (generation 0, 1, 2).</summary>
    public int[] Collections { get; set; } = [0, 0, 0];

    /// <summary>Time all threads stood still for garbage collections during the pass.</summary>
    public TimeSpan GcPause { get; set; }

    /// <summary>Time spent in each analysis stage (summed over threads), in stage order, then "records".</summary>
    public required (string Stage, long Ticks)[] StageTicks { get; init; }

    /// <summary>Bytes allocated in each analysis stage (summed over threads), in the order of <see cref="StageTicks"/>.</summary>
    public long[] StageBytes { get; set; } = [];

    /// <summary>Process start to the first claim of this pass, when this pass produced the process's first claim.</summary>
    public TimeSpan? FirstClaim { get; set; }
}

/// <summary>
/// One timed pass of text → claims over the corpus through <see cref="OrderedPipeline"/> with the
/// given threads, in memory: the writer only counts. Each stage is timed with Stopwatch timestamps,
/// which is how the hot stages were found (dotnet-trace is not available on the build machines).
/// </summary>
public static class BenchRun
{
    public static BenchResult Run(ArticleProcessor processor, ClaimRecordBuilder builder, IEnumerable<BenchArticle> articles, int threads, Func<TimeSpan>? sinceStart, CancellationToken cancellationToken)
    {
        var stages = processor.Stages;
        // Each thread sums its own stage times and allocations, added up after the pass: shared counters
        // bumped with Interlocked by both threads, 16 times an article, cost the 2-thread pass a few per cent
        // in cache-line traffic, which the scaling figure then blamed on the pipeline.
        int slots = stages.Count + 1;
        using var perThread = new ThreadLocal<long[]>(() => new long[2 * slots], trackAllValues: true);
        var result = new BenchResult
        {
            Threads = threads,
            StageTicks = stages.Select(s => (s.Name, 0L)).Append(("records", 0L)).ToArray(),
        };
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();

        (int Tokens, int Claims)? Analyse(BenchArticle a, CancellationToken ct)
        {
            var sums = perThread.Value!;
            var document = new Document(StableIds.Article(a.Text), a.Text, a.Meta);
            try
            {
                for (int s = 0; s < stages.Count; s++)
                {
                    long t0 = Stopwatch.GetTimestamp(), b0 = GC.GetAllocatedBytesForCurrentThread();
                    stages[s].Process(document, ct);
                    sums[s] += Stopwatch.GetTimestamp() - t0;
                    sums[slots + s] += GC.GetAllocatedBytesForCurrentThread() - b0;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return null; // counted as a reject; extract names the stage and reason for such inputs
            }
            long r0 = Stopwatch.GetTimestamp(), rb0 = GC.GetAllocatedBytesForCurrentThread();
            builder.ArticleRecord(document);
            int claims = builder.ClaimRecords(document).Count;
            sums[stages.Count] += Stopwatch.GetTimestamp() - r0;
            sums[slots + stages.Count] += GC.GetAllocatedBytesForCurrentThread() - rb0;
            return (document.Tokens.Count, claims);
        }

        void Count(BenchArticle a, (int Tokens, int Claims)? counts)
        {
            if (counts is not { } c)
            {
                result.Rejects++;
                return;
            }
            if (c.Claims > 0 && result.FirstClaim is null && sinceStart is not null) result.FirstClaim = sinceStart();
            result.Articles++;
            result.Bytes += a.Bytes;
            result.Tokens += c.Tokens;
            result.Claims += c.Claims;
        }

        OrderedPipeline.RunAsync(articles, Analyse, Count, threads, cancellationToken).GetAwaiter().GetResult();
        result.Elapsed = clock.Elapsed;
        self.Refresh();
        result.Cpu = self.TotalProcessorTime - cpu;
        result.Allocated = GC.GetTotalAllocatedBytes() - allocated;
        result.Collections = [GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]];
        result.GcPause = GC.GetTotalPauseDuration() - paused;
        var bytes = new long[slots];
        foreach (var sums in perThread.Values)
        {
            for (int s = 0; s < slots; s++)
            {
                result.StageTicks[s].Ticks += sums[s];
                bytes[s] += sums[slots + s];
            }
        }
        result.StageBytes = bytes;
        return result;
    }
}
