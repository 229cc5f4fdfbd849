using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>How an import rewrites claims.jsonl: atomically, and only when something changed.</summary>
public class ClaimsFileTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ReviewFixture();
        _f.Export();
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000001", ReviewColumns.Decision, "fix")
            .Set("c-000000000001", ReviewColumns.FixedSpeaker, "جو بايدن")
            .Set("c-000000000001", ReviewColumns.FixedType, "Condemnation")
            .Set("c-000000000004", ReviewColumns.Decision, "reject")
            .Save(_f.CsvPath);
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public void Second_import_of_the_same_sheet_leaves_the_file_byte_identical()
    {
        _f.Import();
        var first = File.ReadAllBytes(_f.ClaimsPath);

        var again = _f.Import();

        Assert.That(File.ReadAllBytes(_f.ClaimsPath), Is.EqualTo(first));
        Assert.That((again.ClaimsChanged, again.DecisionsStored), Is.EqualTo((0, 0)));
    }

    [Test]
    public void Import_keeps_a_backup_and_leaves_no_temporary_file()
    {
        var before = File.ReadAllBytes(_f.ClaimsPath);

        _f.Import();

        Assert.That(File.Exists(_f.ClaimsPath + ".tmp"), Is.False);
        Assert.That(File.ReadAllBytes(_f.ClaimsPath + ".bak"), Is.EqualTo(before));
    }

    [Test]
    public void Claims_file_with_a_bad_line_stops_the_import_and_stays_untouched()
    {
        File.AppendAllText(_f.ClaimsPath, "{\"id\": broken\n");
        var before = File.ReadAllBytes(_f.ClaimsPath);

        var ex = Assert.Throws<ReviewInputException>(() => _f.Import());

        Assert.That(ex!.Message, Does.Contain("line 6").And.Contain(_f.ClaimsPath));
        Assert.That(File.ReadAllBytes(_f.ClaimsPath), Is.EqualTo(before));
        Assert.That(File.Exists(_f.ClaimsPath + ".tmp"), Is.False);
        using var store = ReviewStore.Open(_f.StorePath);
        Assert.That(store.Decisions(), Is.Empty);
    }

    [Test]
    public void Unchanged_claims_keep_their_original_line_text()
    {
        var before = File.ReadAllLines(_f.ClaimsPath);

        _f.Import();

        var after = File.ReadAllLines(_f.ClaimsPath);
        Assert.That(after.Length, Is.EqualTo(before.Length));
        Assert.That(after.Where((line, i) => line == before[i]).Count(), Is.EqualTo(before.Length - 2));
    }

    [Test]
    public void Fixed_type_also_changes_the_cameo_code()
    {
        _f.Import();

        var claim = _f.ReadClaim("c-000000000001");
        Assert.That((claim.Type, claim.Cameo, claim.Status), Is.EqualTo(("condemnation", "111", ClaimStatus.Corrected)));
    }

    [Test]
    public void Changed_decision_starts_again_from_the_claim_as_extracted()
    {
        _f.Import();
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000001", ReviewColumns.Decision, "accept")
            .Set("c-000000000001", ReviewColumns.FixedSpeaker, "")
            .Set("c-000000000001", ReviewColumns.FixedType, "")
            .Save(_f.CsvPath);

        _f.Import();

        var expected = _f.Claims.Single(c => c.Id == "c-000000000001") with { Status = ClaimStatus.Accepted };
        Assert.That(_f.ReadClaim("c-000000000001"), Is.EqualTo(expected));
    }
}
