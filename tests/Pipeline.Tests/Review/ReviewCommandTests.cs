using Pipeline.Review;
using Pipeline.Worker.Commands;

namespace Pipeline.Tests.Review;

/// <summary>The review verbs' exit codes: 0 all applied, 2 some rows skipped, 1 nothing could run.</summary>
public class ReviewCommandTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    private Task<int> Export() =>
        new ReviewExportCommand().ExecuteAsync(null!, new ReviewExportCommand.Settings { Claims = _f.ClaimsPath, Csv = _f.CsvPath }, CancellationToken.None);

    private Task<int> Import() =>
        new ReviewImportCommand().ExecuteAsync(null!, new ReviewImportCommand.Settings { Csv = _f.CsvPath, Claims = _f.ClaimsPath }, CancellationToken.None);

    [Test]
    public async Task Import_with_every_row_applied_exits_0()
    {
        Assert.That(await Export(), Is.Zero);
        SheetEditor.Load(_f.CsvPath).Set("c-000000000001", ReviewColumns.Decision, "accept").Save(_f.CsvPath);

        Assert.That(await Import(), Is.Zero);
    }

    [Test]
    public async Task Import_with_a_skipped_row_exits_2()
    {
        await Export();
        SheetEditor.Load(_f.CsvPath).Set("c-000000000001", ReviewColumns.Decision, "perhaps").Save(_f.CsvPath);

        Assert.That(await Import(), Is.EqualTo(2));
    }

    [Test]
    public async Task Import_of_a_missing_sheet_exits_1()
    {
        Assert.That(await Import(), Is.EqualTo(1));
    }

    [Test]
    public async Task Export_of_a_missing_claims_file_exits_1()
    {
        File.Delete(_f.ClaimsPath);

        Assert.That(await Export(), Is.EqualTo(1));
    }

    [Test]
    public void Store_lands_next_to_claims_jsonl_by_default()
    {
        Export().GetAwaiter().GetResult();
        SheetEditor.Load(_f.CsvPath).Set("c-000000000001", ReviewColumns.Decision, "accept").Save(_f.CsvPath);

        Import().GetAwaiter().GetResult();

        Assert.That(File.Exists(Path.Combine(_f.Dir, "reviews.db")), Is.True);
    }
}
