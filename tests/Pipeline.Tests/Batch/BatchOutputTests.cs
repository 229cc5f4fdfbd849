using System.Text.Json;
using Pipeline.Output;
using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>Outputs are complete JSONL files, replaced only by a complete run, with stable ids.</summary>
public class BatchOutputTests
{
    private BatchFolder _folder = null!;

    [SetUp]
    public void Create() => _folder = new BatchFolder();

    [TearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void Every_output_line_parses_as_its_record()
    {
        _folder.WriteGood();
        _folder.WriteBad("empty");
        _folder.Run();
        Assert.That(_folder.Lines(BatchRunner.ArticlesFile).Select(Json.Parse<ArticleRecord>).Select(a => a.Schema), Is.All.EqualTo("articles/1"));
        Assert.That(_folder.Lines(BatchRunner.ClaimsFile).Select(Json.Parse<ClaimRecord>).Select(c => c.Schema), Is.All.EqualTo("claims/1"));
        Assert.That(_folder.Lines(BatchRunner.RejectsFile).Select(Json.Parse<RejectRecord>).Select(r => r.Schema), Is.All.EqualTo("rejects/1"));
    }

    [Test]
    public void Output_files_end_with_a_newline_and_have_no_byte_order_mark()
    {
        _folder.WriteGood();
        _folder.Run();
        var bytes = File.ReadAllBytes(Path.Combine(_folder.Out, BatchRunner.ClaimsFile));
        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
    }

    [Test]
    public void Claim_offsets_point_into_the_article_text_written_beside_them()
    {
        _folder.WriteGood();
        _folder.Run();
        var texts = _folder.Lines(BatchRunner.ArticlesFile).Select(Json.Parse<ArticleRecord>).ToDictionary(a => a.Id, a => a.Text);
        foreach (var claim in _folder.Lines(BatchRunner.ClaimsFile).Select(Json.Parse<ClaimRecord>))
        {
            var text = texts[claim.Article.Id];
            Assert.That(text.Substring(claim.Speaker.Start!.Value, claim.Speaker.End!.Value - claim.Speaker.Start.Value), Is.EqualTo(claim.Speaker.Text));
            Assert.That(text.Substring(claim.Cue.Start, claim.Cue.End - claim.Cue.Start), Is.EqualTo(claim.Cue.Text));
            Assert.That(text.Substring(claim.Sentence.Start!.Value, claim.Sentence.End!.Value - claim.Sentence.Start.Value), Is.EqualTo(claim.Sentence.Text));
        }
    }

    [Test]
    public void No_partial_file_is_left_after_a_complete_run()
    {
        _folder.WriteGood();
        _folder.Run();
        Assert.That(Directory.GetFiles(_folder.Out, "*.partial"), Is.Empty);
        Assert.That(Directory.GetFiles(_folder.Out).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { BatchRunner.ArticlesFile, BatchRunner.ClaimsFile, BatchRunner.RejectsFile }));
    }

    [Test]
    public void Cancelled_run_leaves_the_previous_outputs_untouched()
    {
        _folder.WriteGood();
        _folder.Write("good3.txt", "وقال وزير الطاقة إن إنتاج النفط سيرتفع العام المقبل.\n");
        _folder.Run();
        var before = Snapshot();

        _folder.Write("good4.txt", "وأدانت السعودية بشدة استهداف المدنيين في المدينة.\n");
        using var cancel = new CancellationTokenSource();
        var inputs = InputFiles.Expand([_folder.In]).ToList();
        Assert.Catch<OperationCanceledException>(() =>
            BatchFolder.Runner().Run(inputs, _folder.Out, (done, _) => { if (done == 2) cancel.Cancel(); }, cancel.Token));

        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Run_into_a_new_folder_that_throws_leaves_no_final_files()
    {
        _folder.WriteGood();
        using var cancel = new CancellationTokenSource();
        var inputs = InputFiles.Expand([_folder.In]).ToList();
        Assert.Catch<OperationCanceledException>(() =>
            BatchFolder.Runner().Run(inputs, _folder.Out, (_, _) => cancel.Cancel(), cancel.Token));
        Assert.That(File.Exists(Path.Combine(_folder.Out, BatchRunner.ClaimsFile)), Is.False);
    }

    [Test]
    public void Two_runs_over_the_same_input_write_identical_claims_and_articles()
    {
        _folder.WriteGood();
        _folder.Write("old-site.html", BatchFolder.Windows1256(BatchFolder.Windows1256Html));
        var second = Path.Combine(_folder.Root, "out2");
        _folder.Run(_folder.Out, CancellationToken.None, _folder.In);
        _folder.Run(second, CancellationToken.None, _folder.In);
        foreach (var file in new[] { BatchRunner.ClaimsFile, BatchRunner.ArticlesFile })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_folder.Out, file))), file);
        }
    }

    [Test]
    public void Claim_ids_are_unique_within_a_run()
    {
        _folder.WriteGood();
        _folder.Run();
        var ids = _folder.Records(BatchRunner.ClaimsFile).Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.All.Match("^c-[0-9a-f]{12}$"));
    }

    private Dictionary<string, byte[]> Snapshot() =>
        new[] { BatchRunner.ArticlesFile, BatchRunner.ClaimsFile, BatchRunner.RejectsFile }
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_folder.Out, f)));
}
