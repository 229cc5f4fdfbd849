using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>A bad row is reported with its file and spreadsheet row number and skipped; the others are applied.</summary>
public class MalformedRowTests
{
    private ReviewFixture _f = null!;
    private SheetEditor _sheet = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ReviewFixture();
        _f.Export();
        // Sheet rows: 1 header, 2 = c-…01, 3 = c-…02, 4 = c-…04, 5 = c-…05.
        _sheet = SheetEditor.Load(_f.CsvPath).Set("c-000000000005", ReviewColumns.Decision, "accept");
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    private RowProblem ImportWithOneBadRow()
    {
        _sheet.Save(_f.CsvPath);
        var result = _f.Import();
        Assert.That(_f.ReadClaim("c-000000000005").Status, Is.EqualTo(ClaimStatus.Accepted), "the good row is applied");
        return result.Problems.Single();
    }

    [Test]
    public void Unknown_id_is_reported_with_its_row()
    {
        _sheet.Set("c-000000000002", ReviewColumns.Decision, "accept").Set("c-000000000002", ReviewColumns.Id, "c-ffffffffffff");

        var problem = ImportWithOneBadRow();

        Assert.That((problem.File, problem.Row), Is.EqualTo((_f.CsvPath, 3)));
        Assert.That(problem.Reason, Does.Contain("unknown claim id 'c-ffffffffffff'"));
    }

    [Test]
    public void Unknown_decision_is_reported_with_its_row()
    {
        _sheet.Set("c-000000000004", ReviewColumns.Decision, "maybe");

        var problem = ImportWithOneBadRow();

        Assert.That(problem.Row, Is.EqualTo(4));
        Assert.That(problem.Reason, Does.Contain("unknown decision 'maybe'"));
        Assert.That(_f.ReadClaim("c-000000000004").Status, Is.EqualTo(ClaimStatus.NeedsReview));
    }

    [Test]
    public void Fix_without_a_fixed_field_is_reported_with_its_row()
    {
        _sheet.Set("c-000000000001", ReviewColumns.Decision, "fix").Set("c-000000000001", ReviewColumns.Note, "speaker wrong");

        var problem = ImportWithOneBadRow();

        Assert.That(problem.Row, Is.EqualTo(2));
        Assert.That(problem.Reason, Does.Contain("fix names no fixed field"));
    }

    [Test]
    public void Fix_with_an_unknown_type_is_reported_with_its_row()
    {
        _sheet.Set("c-000000000001", ReviewColumns.Decision, "fix").Set("c-000000000001", ReviewColumns.FixedType, "threat");

        Assert.That(ImportWithOneBadRow().Reason, Does.Contain("unknown fixed_type 'threat'"));
    }

    [Test]
    public void Second_row_for_the_same_claim_is_reported()
    {
        _sheet.Rows.Add([.. _sheet.Row("c-000000000005")]);

        var problem = ImportWithOneBadRow();

        Assert.That(problem.Row, Is.EqualTo(6));
        Assert.That(problem.Reason, Does.Contain("already decided on row 5"));
    }

    [Test]
    public void Blank_decision_is_skipped_silently()
    {
        _sheet.Save(_f.CsvPath);

        var result = _f.Import();

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Applied.Values.Sum(), Is.EqualTo(1));
        Assert.That(_f.ReadClaim("c-000000000001").Status, Is.EqualTo(ClaimStatus.NeedsReview));
    }
}
