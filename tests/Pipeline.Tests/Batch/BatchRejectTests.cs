using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>One bad input is one line in rejects.jsonl, never the end of the run.</summary>
public class BatchRejectTests
{
    private BatchFolder _folder = null!;

    [SetUp]
    public void Create() => _folder = new BatchFolder();

    [TearDown]
    public void Remove() => _folder.Dispose();

    [TestCase("empty", "read")]
    [TestCase("binary", "read")]
    [TestCase("truncated-html", "extract")]
    [TestCase("invalid-utf8", "read")]
    [TestCase("oversized", "read")]
    [TestCase("missing", "read")]
    public void Bad_input_yields_one_reject_line_and_the_batch_goes_on(string kind, string stage)
    {
        _folder.WriteGood();
        var bad = _folder.WriteBad(kind);
        var summary = _folder.Run(_folder.In, bad);

        var rejects = _folder.Records(BatchRunner.RejectsFile);
        Assert.That(rejects, Has.Length.EqualTo(1));
        Assert.That(rejects[0].GetProperty("input").GetString(), Does.EndWith(Path.GetFileName(bad)));
        Assert.That(rejects[0].GetProperty("stage").GetString(), Is.EqualTo(stage));
        Assert.That(rejects[0].GetProperty("reason").GetString(), Is.Not.Empty);
        Assert.That(_folder.Lines(BatchRunner.ArticlesFile), Has.Length.EqualTo(2));
        Assert.That(_folder.Lines(BatchRunner.ClaimsFile), Is.Not.Empty);
        Assert.That(summary.ExitCode, Is.EqualTo(2));
    }

    [TestCase("doc.pdf")]
    [TestCase("photo.jpg")]
    [TestCase("README")]
    public void Non_article_file_is_skipped_not_rejected(string name)
    {
        _folder.WriteGood();
        _folder.Write(name, "%PDF-1.4 not an article");
        var summary = _folder.Run();
        Assert.That(summary.Skipped, Is.EqualTo(1));
        Assert.That(summary.Rejects, Is.EqualTo(0));
        Assert.That(_folder.Lines(BatchRunner.RejectsFile), Is.Empty);
        Assert.That(summary.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Oversized_reject_names_the_size_and_the_setting()
    {
        _folder.WriteBad("oversized");
        _folder.Run();
        var reason = _folder.Records(BatchRunner.RejectsFile).Single().GetProperty("reason").GetString();
        Assert.That(reason, Does.Contain("25.0 MB").And.Contain("Pipeline:MaxInputBytes"));
    }

    [Test]
    public void Windows_1256_page_is_decoded_not_rejected()
    {
        _folder.Write("old-site.html", BatchFolder.Windows1256(BatchFolder.Windows1256Html));
        var summary = _folder.Run();
        Assert.That(summary.Rejects, Is.EqualTo(0));
        var article = _folder.Records(BatchRunner.ArticlesFile).Single();
        Assert.That(article.GetProperty("text").GetString(), Does.Contain("وقال وزير الخارجية إن المفاوضات"));
        var speakers = _folder.Records(BatchRunner.ClaimsFile).Select(c => c.GetProperty("speaker").GetProperty("text").GetString());
        Assert.That(speakers, Does.Contain("وزير الخارجية"));
    }

    [Test]
    public void Mixed_batch_keeps_every_good_article_and_rejects_every_bad_one()
    {
        _folder.WriteGood();
        _folder.Write("old-site.html", BatchFolder.Windows1256(BatchFolder.Windows1256Html));
        _folder.Write("doc.pdf", "%PDF-1.4");
        var bad = new[] { "empty", "binary", "truncated-html", "invalid-utf8", "oversized", "missing" }.Select(_folder.WriteBad).ToList();
        var summary = _folder.Run([_folder.In, bad[^1]]);

        Assert.That(summary.Articles, Is.EqualTo(3));
        Assert.That(summary.Rejects, Is.EqualTo(6));
        Assert.That(summary.Claims, Is.GreaterThan(0));
        Assert.That(_folder.Records(BatchRunner.RejectsFile).Select(r => Path.GetFileName(r.GetProperty("input").GetString())),
            Is.EquivalentTo(bad.Select(Path.GetFileName)));
        Assert.That(summary.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Nothing_processed_exits_with_one()
    {
        _folder.WriteBad("empty");
        _folder.WriteBad("binary");
        Assert.That(_folder.Run().ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void No_inputs_at_all_exits_with_one()
    {
        Assert.That(_folder.Run().ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void All_good_exits_with_zero()
    {
        _folder.WriteGood();
        var summary = _folder.Run();
        Assert.That((summary.Articles, summary.Rejects, summary.ExitCode), Is.EqualTo((2, 0, 0)));
    }
}
