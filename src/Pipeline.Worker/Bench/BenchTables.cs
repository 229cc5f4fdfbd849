using System.Diagnostics;
using Spectre.Console;

namespace Pipeline.Worker.Bench;

/// <summary>The tables the bench command prints.</summary>
public static class BenchTables
{
    public static void Write(BenchCorpus corpus, IReadOnlyList<BenchResult> passes, (TimeSpan Elapsed, TimeSpan Cpu, long Tokens) lucene, (TimeSpan ModelsLoaded, TimeSpan? FirstClaim) startUp, long peakWorkingSet)
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 132);
        AnsiConsole.MarkupLineInterpolated($"Corpus: {passes[0].Articles + passes[0].Rejects} articles cycled from {corpus.Seeds} seeds ({corpus.Rejected} refused), {corpus.AverageBytes / 1024:F1} KB each on average; {Environment.ProcessorCount} processors, load average {LoadAverage()}.");

        var speed = new Table().Border(TableBorder.Rounded).Title("text → claims")
            .AddColumns("thr", "art/s", "art/s/core", "MB/s", "MB/s/core", "tok/s", "claims/s", "time", "CPU", "art/CPU-s", "KB alloc/art", "GCs 0/1/2", "GC pause", "rej");
        foreach (var p in passes)
        {
            double s = p.Elapsed.TotalSeconds, mb = p.Bytes / 1048576.0;
            speed.AddRow(p.Threads.ToString(), $"{p.Articles / s:F0}", $"{p.Articles / s / p.Threads:F0}", $"{mb / s:F2}", $"{mb / s / p.Threads:F2}",
                $"{p.Tokens / s:F0}", $"{p.Claims / s:F0}", $"{s:F2} s", $"{p.Cpu.TotalSeconds:F2} s",
                $"{p.Articles / p.Cpu.TotalSeconds:F0}", $"{p.Allocated / 1024.0 / Math.Max(1, p.Articles):F0}", string.Join('/', p.Collections), $"{100 * p.GcPause / p.Elapsed:F0} %", p.Rejects.ToString());
        }
        AnsiConsole.Write(speed);

        var single = passes[0];
        var stages = new Table().Border(TableBorder.Rounded).Title($"time per stage ({single.Threads} thread{(single.Threads > 1 ? "s" : "")})")
            .AddColumns("stage", "µs/article", "share", "KB alloc/article");
        long total = single.StageTicks.Sum(t => t.Ticks);
        for (int i = 0; i < single.StageTicks.Length; i++)
        {
            var (stage, ticks) = single.StageTicks[i];
            long allocated = i < single.StageBytes.Length ? single.StageBytes[i] : 0;
            stages.AddRow(stage, $"{ticks * 1e6 / Stopwatch.Frequency / Math.Max(1, single.Articles):F0}", $"{100.0 * ticks / Math.Max(1, total):F1} %",
                $"{allocated / 1024.0 / Math.Max(1, single.Articles):F1}");
        }
        AnsiConsole.Write(stages);

        var summary = new Table().Border(TableBorder.Rounded).AddColumns("measure", "value");
        double pipeline = single.Elapsed.TotalSeconds * single.Threads;
        summary.AddRow("Lucene ArabicAnalyzer (1 thread)", $"{lucene.Elapsed.TotalSeconds:F2} s ({lucene.Cpu.TotalSeconds:F2} s CPU), {lucene.Tokens} tokens");
        summary.AddRow("pipeline time / Lucene time (per thread)", $"{pipeline / lucene.Elapsed.TotalSeconds:F2}× wall, {single.Cpu.TotalSeconds / lucene.Cpu.TotalSeconds:F2}× CPU");
        if (passes.Count > 1)
        {
            var many = passes[^1];
            summary.AddRow($"scaling {many.Threads} threads vs 1", $"{(many.Articles / many.Elapsed.TotalSeconds) / (single.Articles / single.Elapsed.TotalSeconds):F2}×");
        }
        summary.AddRow("peak working set", $"{peakWorkingSet / 1048576.0:F0} MB");
        summary.AddRow("process start to models loaded", $"{startUp.ModelsLoaded.TotalSeconds:F2} s");
        summary.AddRow("process start to first claim", startUp.FirstClaim is { } f ? $"{f.TotalSeconds:F2} s" : "(no claim)");
        AnsiConsole.Write(summary);
    }

    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }
}
