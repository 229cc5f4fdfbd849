using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>The batch run on many threads: the same bytes as on one, and nothing committed when cancelled.</summary>
public class ParallelBatchTests
{
    private static readonly Lazy<ArticleProcessor> Processor = new(() => new ArticleProcessor(
        new ArticleExtractor(), Stages.Load(ModelPaths.Locate()), new ClaimRecordBuilder(0.6, "test")));

    private static BatchRunner Runner(int threads) =>
        new(Processor.Value, new NoClaimDecisions(), NullLogger<BatchRunner>.Instance, 1 << 20, threads);

    private static IReadOnlyList<InputFile> Inputs(ArticleFolder folder, params string[] extra) =>
        InputFiles.Expand([folder.In, .. extra]).ToList();

    [Test]
    public void Parallel_output_is_byte_for_byte_the_sequential_output()
    {
        using var folder = new ArticleFolder(40);
        var inputs = Inputs(folder, System.IO.Path.Combine(folder.Path, "missing.txt"));

        var one = Runner(1).Run(inputs, folder.Out("one"), null, CancellationToken.None);
        var four = Runner(4).Run(inputs, folder.Out("four"), null, CancellationToken.None);

        foreach (var file in new[] { BatchRunner.ArticlesFile, BatchRunner.ClaimsFile })
        {
            Assert.That(File.ReadAllBytes(System.IO.Path.Combine(folder.Out("four"), file)),
                Is.EqualTo(File.ReadAllBytes(System.IO.Path.Combine(folder.Out("one"), file))), file);
        }
        // a reject records when it happened; everything else in it is the same
        Assert.That(RejectsWithoutTime(folder.Out("four")), Is.EqualTo(RejectsWithoutTime(folder.Out("one"))));
        Assert.That(one.Claims, Is.GreaterThan(0), "the fixture articles make claims");
        Assert.That((four.Articles, four.Rejects, four.Skipped, four.Claims, four.NeedsReview),
            Is.EqualTo((one.Articles, one.Rejects, one.Skipped, one.Claims, one.NeedsReview)));
        Assert.That(four.ClaimsByType, Is.EquivalentTo(one.ClaimsByType));
    }

    private static string[] RejectsWithoutTime(string outDir) =>
        File.ReadAllLines(System.IO.Path.Combine(outDir, BatchRunner.RejectsFile))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"at\":\"[^\"]*\"", "\"at\":\"\""))
            .ToArray();

    [Test]
    public void Rejects_keep_the_input_order()
    {
        using var folder = new ArticleFolder(12);
        var inputs = Inputs(folder, System.IO.Path.Combine(folder.Path, "missing.txt"));

        Runner(3).Run(inputs, folder.Out("out"), null, CancellationToken.None);

        var rejects = File.ReadAllLines(System.IO.Path.Combine(folder.Out("out"), BatchRunner.RejectsFile));
        Assert.That(rejects, Has.Length.EqualTo(2));
        Assert.That(rejects[0], Does.Contain("a005-empty.txt"));
        Assert.That(rejects[1], Does.Contain("missing.txt"));
    }

    [Test]
    public void Cancellation_stops_the_run_and_leaves_the_previous_outputs_intact()
    {
        using var folder = new ArticleFolder(30);
        var outDir = folder.Out("out");
        Runner(2).Run(Inputs(folder).Take(5).ToList(), outDir, null, CancellationToken.None);
        var before = Directory.GetFiles(outDir, "*.jsonl").ToDictionary(f => f, File.ReadAllBytes);

        using var cts = new CancellationTokenSource();
        Assert.That(() => Runner(2).Run(Inputs(folder), outDir, (done, _) =>
        {
            if (done == 3) cts.Cancel();
        }, cts.Token), Throws.InstanceOf<OperationCanceledException>());

        foreach (var (file, bytes) in before)
            Assert.That(File.ReadAllBytes(file), Is.EqualTo(bytes), file);
    }
}
