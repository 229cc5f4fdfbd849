using System.Diagnostics;
using Spectre.Console;

namespace Pipeline.Worker.Bench;

/// <summary>The tables the bench command prints.</summary>
public static class BenchTables
{
    /// <param name="machine">The machine's own scaling (<see cref="MachineProbe"/>) measured in each round, empty without a scaling pass.</param>
    public static void Write(BenchCorpus corpus, IReadOnlyList<BenchResult> passes, IReadOnlyList<double> machine, (TimeSpan Elapsed, TimeSpan Cpu, long Tokens) lucene, (TimeSpan ModelsLoaded, TimeSpan? FirstClaim) startUp, long peakWorkingSet)
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 180);
        AnsiConsole.MarkupLineInterpolated($"Corpus: {passes[0].Articles + passes[0].Rejects} articles cycled from {corpus.Seeds} seeds ({corpus.Rejected} refused), {corpus.AverageBytes / 1024:F1} KB each on average; {Environment.ProcessorCount} processors, load average {LoadAverage()}.");

        var speed = new Table().Border(TableBorder.Rounded).Title("text → claims")
            .AddColumns("round", "thr", "art/s", "art/s/core", "MB/s", "MB/s/core", "tok/s", "claims/s", "time", "CPU", "art/CPU-s", "KB alloc/art", "GCs 0/1/2", "GC pause", "rej");
        foreach (var p in passes)
        {
            double s = p.Elapsed.TotalSeconds, mb = p.Bytes / 1048576.0;
            speed.AddRow(p.Round.ToString(), p.Threads.ToString(), $"{p.Articles / s:F0}", $"{p.Articles / s / p.Threads:F0}", $"{mb / s:F2}", $"{mb / s / p.Threads:F2}",
                $"{p.Tokens / s:F0}", $"{p.Claims / s:F0}", $"{s:F2} s", $"{p.Cpu.TotalSeconds:F2} s",
                $"{p.Articles / p.Cpu.TotalSeconds:F0}", $"{p.Allocated / 1024.0 / Math.Max(1, p.Articles):F0}", string.Join('/', p.Collections), $"{100 * p.GcPause / p.Elapsed:F0} %", p.Rejects.ToString());
        }
        AnsiConsole.Write(speed);

        // the median pass of each kind stands for the run (with an even count, the slower of the middle two)
        var single = Median(passes.Where(p => p.Threads == passes[0].Threads).ToList());
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
        if (machine.Count > 0)
        {
            int threads = passes.Max(p => p.Threads);
            var rounds = passes.GroupBy(p => p.Round)
                .Select(g => (One: g.First(p => p.Threads == 1), Many: g.First(p => p.Threads == threads), Machine: machine[g.Key - 1]))
                .Select(r => (Pipeline: Rate(r.Many) / Rate(r.One), r.Machine))
                .ToList();
            summary.AddRow($"scaling {threads} threads vs 1", Rounds(rounds.Select(r => r.Pipeline)));
            summary.AddRow($"machine scaling {threads} vs 1 (allocation-free kernel)", Rounds(rounds.Select(r => r.Machine)));
            summary.AddRow("pipeline scaling / machine scaling", Rounds(rounds.Select(r => r.Pipeline / r.Machine)));
        }
        summary.AddRow("peak working set", $"{peakWorkingSet / 1048576.0:F0} MB");
        summary.AddRow("process start to models loaded", $"{startUp.ModelsLoaded.TotalSeconds:F2} s");
        summary.AddRow("process start to first claim", startUp.FirstClaim is { } f ? $"{f.TotalSeconds:F2} s" : "(no claim)");
        AnsiConsole.Write(summary);
    }

    private static double Rate(BenchResult p) => p.Articles / p.Elapsed.TotalSeconds;

    private static BenchResult Median(List<BenchResult> passes) => passes.OrderBy(p => p.Elapsed).ElementAt((passes.Count - 1) / 2 + (passes.Count % 2 == 0 ? 1 : 0));

    /// <summary>"1.62× median (rounds: 1.58, 1.62, 1.70)".</summary>
    private static string Rounds(IEnumerable<double> values)
    {
        var list = values.ToList();
        var sorted = list.Order().ToList();
        double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return list.Count == 1 ? $"{median:F2}×" : $"{median:F2}× median (rounds: {string.Join(", ", list.Select(v => v.ToString("F2")))})";
    }

    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }
}
