using Microsoft.Extensions.Logging;
using Pipeline.Tests.Claims;
using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>Skipped and rejected inputs are logged with their fixed event ids, the path and the reason.</summary>
public class BatchLogTests
{
    private BatchFolder _folder = null!;
    private ListLogger<BatchRunner> _log = null!;

    [SetUp]
    public void Create()
    {
        _folder = new BatchFolder();
        _log = new ListLogger<BatchRunner>();
    }

    [TearDown]
    public void Remove() => _folder.Dispose();

    private void Run()
    {
        var inputs = InputFiles.Expand([_folder.In]).ToList();
        new BatchRunner(Analysed.Processor, new NoClaimDecisions(), _log, BatchFolder.MaxBytes).Run(inputs, _folder.Out, null, CancellationToken.None);
    }

    [Test]
    public void Skipped_file_is_logged_with_its_path_and_reason()
    {
        _folder.WriteGood();
        _folder.Write("scan.pdf", "%PDF-1.4");
        Run();
        var skipped = _log.Entries.Single(e => e.Id.Id == 1002);
        Assert.That(skipped.Message, Does.Contain("scan.pdf").And.Contain(".pdf"));
    }

    [Test]
    public void Rejected_input_is_logged_as_a_warning_with_its_stage()
    {
        _folder.WriteBad("empty");
        Run();
        var rejected = _log.Entries.Single(e => e.Id.Id == 1003);
        Assert.That(rejected.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(rejected.Message, Does.Contain("empty.txt").And.Contain("read"));
    }

    [Test]
    public void Finished_run_logs_its_counts()
    {
        _folder.WriteGood();
        _folder.WriteBad("binary");
        Run();
        var done = _log.Entries.Single(e => e.Id.Id == 1005);
        Assert.That(done.Message, Does.Contain("2 articles").And.Contain("1 rejects"));
    }
}
