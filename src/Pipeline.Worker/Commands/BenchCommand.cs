using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Worker.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>bench [--articles N] [--threads T] [--corpus DIR] [--warm-up N] [--rounds R]</c>: how fast text → claims runs
/// on this machine, in memory (nothing is written in the timed part). A warm-up pass (1,000 articles, so that the
/// JIT's optimised code is in place before timing) gives the time from process start to the first claim; then R
/// rounds of one pass on 1 thread and one on T threads (the scaling), each round with the machine's own scaling
/// (<see cref="MachineProbe"/>) as a reference, and the same texts through Lucene.NET's ArabicAnalyzer as a
/// reference measured in the same run.
/// </summary>
public sealed class BenchCommand(IServiceProvider services) : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-n|--articles <N>")]
        [Description("Articles in the corpus (default 20000), cycled from samples/ and --corpus.")]
        public int Articles { get; init; } = 20_000;

        [CommandOption("-t|--threads <T>")]
        [Description("Threads of the parallel pass (default: one per processor).")]
        public int Threads { get; init; } = Environment.ProcessorCount;

        [CommandOption("-c|--corpus <DIR>")]
        [Description("A folder of .txt/.html articles added to samples/.")]
        public string? Corpus { get; init; }

        [CommandOption("--warm-up <N>")]
        [Description("Articles of the warm-up passes, the same for the pipeline and for Lucene (default: 1000 and 200). "
            + "Give about as many as --articles to compare the two at steady state, once the JIT's profile-guided code is in place.")]
        public int? WarmUp { get; init; }

        [CommandOption("--no-scaling")]
        [Description("Skip the 1-thread passes and the machine reference: one pass on T threads (for long memory runs).")]
        public bool NoScaling { get; init; }

        [CommandOption("-r|--rounds <R>")]
        [Description("Rounds of a 1-thread and a T-thread pass (default 3): on a shared or virtual machine one pair can be "
            + "off by a quarter; the summary gives the median and every round.")]
        public int Rounds { get; init; } = 3;

        public override ValidationResult Validate() =>
            Articles < 1 ? ValidationResult.Error("--articles must be 1 or more")
            : Threads < 1 ? ValidationResult.Error("--threads must be 1 or more")
            : WarmUp < 1 ? ValidationResult.Error("--warm-up must be 1 or more")
            : Rounds < 1 ? ValidationResult.Error("--rounds must be 1 or more")
            : Corpus is not null && !Directory.Exists(Corpus) ? ValidationResult.Error($"--corpus: the folder '{Corpus}' does not exist; give a folder of .txt or .html articles")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        TimeSpan SinceStart() => DateTime.UtcNow - started;
        var processor = services.GetRequiredService<ArticleProcessor>();
        var modelsLoaded = SinceStart();
        var builder = services.GetRequiredService<ClaimRecordBuilder>();
        var folders = new List<string> { SamplesFolder() };
        if (settings.Corpus is not null) folders.Add(settings.Corpus);
        var corpus = BenchCorpus.Load(folders, services.GetRequiredService<IArticleExtractor>(), cancellationToken);
        if (corpus.Seeds == 0)
        {
            Console.Error.WriteLine($"error: no article found in {string.Join(" or ", folders)}; add .txt/.html articles to samples/ or give --corpus DIR");
            return 1;
        }
        int pipelineWarmUp = settings.WarmUp ?? Math.Min(settings.Articles, Math.Max(1000, corpus.Seeds));
        var warmUp = BenchRun.Run(processor, builder, corpus.Articles(pipelineWarmUp), 1, SinceStart, cancellationToken);
        var passes = new List<BenchResult>();
        var machine = new List<double>();
        bool scaling = !settings.NoScaling && settings.Threads > 1;
        for (int round = 1; round <= (scaling ? settings.Rounds : 1); round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (scaling) machine.Add(MachineProbe.Scaling(settings.Threads));
            if (!settings.NoScaling || settings.Threads == 1)
                passes.Add(Pass(1, round));
            if (settings.Threads > 1)
                passes.Add(Pass(settings.Threads, round));
        }
        LuceneReference.Run(corpus.Articles(settings.WarmUp ?? Math.Min(settings.Articles, 200)), cancellationToken);
        var lucene = LuceneReference.Run(corpus.Articles(settings.Articles), cancellationToken);

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        BenchTables.Write(corpus, passes, machine, lucene, (modelsLoaded, warmUp.FirstClaim), self.PeakWorkingSet64);
        return 0;

        BenchResult Pass(int threads, int round)
        {
            var pass = BenchRun.Run(processor, builder, corpus.Articles(settings.Articles), threads, null, cancellationToken);
            pass.Round = round;
            return pass;
        }
    }

    /// <summary>samples/ in the working folder or the nearest folder above it that has one.</summary>
    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        return "samples";
    }
}
