using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Review;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Claims;
using Pipeline.Tests.Storage;
using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Review;

/// <summary>
/// The whole review loop through the real batch: extract → export → a person edits the sheet →
/// import → claims.jsonl carries the decisions → a second extract into the same folder keeps them,
/// sends none of them back for review, and loses no claim. Once with the default SQLite store next to
/// claims.jsonl, once with a PostgreSQL store given as the setting (Pipeline:ReviewStore and --store).
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class ExtractReviewLoopTests(string storeKind)
{
    private BatchFolder _folder = null!;
    private PostgresTestSchema? _pg;

    /// <summary>The store setting: null = reviews.db next to claims.jsonl.</summary>
    private string? Store => _pg?.Location;

    [SetUp]
    public void SetUp()
    {
        _pg = storeKind == "postgres" ? PostgresTestSchema.CreateOrIgnore() : null;
        _folder = new BatchFolder();
        File.WriteAllText(Path.Combine(_folder.In, "a.txt"), BatchFolder.GoodText);
        File.WriteAllText(Path.Combine(_folder.In, "b.html"), BatchFolder.GoodHtml);
    }

    [TearDown]
    public void TearDown()
    {
        _folder?.Dispose();
        _pg?.Dispose();
    }

    private BatchSummary Extract() =>
        new BatchRunner(Analysed.Processor, new ReviewStoreDecisions(Store), NullLogger<BatchRunner>.Instance, BatchFolder.MaxBytes)
            .Run(InputFiles.Expand([_folder.In]).ToList(), _folder.Out, null, CancellationToken.None);

    private Dictionary<string, JsonElement> Claims() =>
        _folder.Records(BatchRunner.ClaimsFile).ToDictionary(c => c.GetProperty("id").GetString()!);

    [Test]
    public void Decisions_made_in_the_sheet_survive_a_second_extract_and_no_claim_is_lost()
    {
        Extract();
        var before = Claims();
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(3), "the fixture articles must give at least three claims");
        var claimsPath = Path.Combine(_folder.Out, BatchRunner.ClaimsFile);
        var csv = Path.Combine(_folder.Root, "review.csv");

        ReviewExporter.Export(claimsPath, null, csv, new ExportOptions { Below = 1.01 }, CancellationToken.None);
        var sheet = SheetEditor.Load(csv);
        var ids = sheet.Rows.Select(r => r[sheet.Header.IndexOf(ReviewColumns.Id)]).ToList();
        Assert.That(ids, Has.Count.EqualTo(before.Count), "every claim is under a threshold above 1");
        sheet.Set(ids[0], "decision", "accept").Set(ids[0], "reviewer", "analyst")
             .Set(ids[1], "decision", "reject").Set(ids[1], "note", "author narration")
             .Set(ids[2], "decision", "fix").Set(ids[2], "fixed_speaker", "المتحدث باسم الحكومة");
        sheet.Save(csv);

        var import = ReviewImporter.Import(new ImportOptions(csv, claimsPath, null, Store), TimeProvider.System, CancellationToken.None);
        Assert.That(import.Problems, Is.Empty);
        Assert.That(File.Exists(Path.Combine(_folder.Out, "reviews.db")), Is.EqualTo(_pg is null));
        AssertDecisions(Claims(), ids);

        var second = Extract();
        var after = Claims();
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys), "the same claims, none lost or added");
        AssertDecisions(after, ids);
        Assert.That(second.NeedsReview, Is.EqualTo(after.Values.Count(c => c.GetProperty("status").GetString() == "needs_review")));
        Assert.That(ids.Take(3).Select(id => after[id].GetProperty("status").GetString()), Has.None.EqualTo("needs_review"));
    }

    private static void AssertDecisions(Dictionary<string, JsonElement> claims, List<string> ids)
    {
        Assert.That(claims[ids[0]].GetProperty("status").GetString(), Is.EqualTo("accepted"));
        Assert.That(claims[ids[1]].GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(claims[ids[1]].GetProperty("note").GetString(), Is.EqualTo("author narration"));
        Assert.That(claims[ids[2]].GetProperty("status").GetString(), Is.EqualTo("corrected"));
        Assert.That(claims[ids[2]].GetProperty("speaker").GetProperty("text").GetString(), Is.EqualTo("المتحدث باسم الحكومة"));
    }
}
