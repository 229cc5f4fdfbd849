using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Tests.Batch;
using Pipeline.Worker;
using Pipeline.Worker.Bench;
using Pipeline.Worker.Commands;
using Spectre.Console;

namespace Pipeline.Tests.Bench;

/// <summary>The bench verb on a tiny corpus: it runs and prints its tables (timings are not asserted).</summary>
[NonParallelizable]
public class BenchCommandTests
{
    [Test]
    public void Bench_on_a_tiny_corpus_prints_throughput_memory_and_the_Lucene_reference()
    {
        using var folder = new ArticleFolder(4);
        var services = new ServiceCollection().AddLogging();
        PipelineServices.Add(services, new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var output = new StringWriter();
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        int exit;
        try
        {
            exit = new BenchCommand(provider).Execute(null!, new BenchCommand.Settings { Articles = 50, Threads = 2, Corpus = folder.In }, CancellationToken.None);
        }
        finally
        {
            AnsiConsole.Console = previous;
        }

        Assert.That(exit, Is.Zero);
        var text = output.ToString();
        Assert.That(text, Does.Contain("art/s").And.Contain("claims/s").And.Contain("tok/s").And.Contain("GC pause"));
        Assert.That(text, Does.Contain("Lucene ArabicAnalyzer").And.Contain("peak working set").And.Contain("first claim"));
        Assert.That(text, Does.Contain("scaling 2 threads vs 1").And.Contain("machine scaling 2 vs 1").And.Contain("rounds:"));
        Assert.That(text, Does.Contain("claims").And.Contain("tokenize"), "the per-stage table");
    }

    [TestCase(0, false)]
    [TestCase(500, true)]
    public void Warm_up_must_be_at_least_one_article(int warmUp, bool valid) =>
        Assert.That(new BenchCommand.Settings { WarmUp = warmUp }.Validate().Successful, Is.EqualTo(valid));

    [TestCase(0, false)]
    [TestCase(1, true)]
    public void Rounds_must_be_at_least_one(int rounds, bool valid) =>
        Assert.That(new BenchCommand.Settings { Rounds = rounds }.Validate().Successful, Is.EqualTo(valid));

    [Test]
    public void The_machine_probe_gives_a_positive_scaling_for_one_and_two_threads()
    {
        Assert.That(MachineProbe.Scaling(1, work: 20_000), Is.GreaterThan(0.2).And.LessThan(5), "one thread against itself");
        Assert.That(MachineProbe.Scaling(2, work: 20_000), Is.GreaterThan(0.2).And.LessThan(10));
    }
}
