using Microsoft.Data.Sqlite;
using Pipeline.Review;
using Pipeline.Tests.Storage;

namespace Pipeline.Tests.Review;

/// <summary>What every review store does, asserted for SQLite and for PostgreSQL alike.</summary>
[TestFixture(typeof(SqliteReviewStore))]
[TestFixture(typeof(PostgresReviewStore))]
public class ReviewStoreContractTests(Type kind)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private ReviewFixture _f = null!;
    private PostgresTestSchema? _pg;

    [SetUp]
    public void SetUp()
    {
        _pg = kind == typeof(PostgresReviewStore) ? PostgresTestSchema.CreateOrIgnore() : null;
        _f = new ReviewFixture();
    }

    [TearDown]
    public void TearDown()
    {
        _f?.Dispose();
        _pg?.Dispose();
    }

    private string Location => _pg?.Location ?? _f.StorePath;

    private IReviewStore Open() => ReviewStore.Open(Location);

    private static ReviewDecision Reject(string id, string? note = null) => new(id, DecisionKind.Reject, ClaimFix.None, note, "hana");

    private long HistoryRows()
    {
        if (_pg is not null) return _pg.Scalar("select count(*) from review_decision_history");
        using var c = new SqliteConnection($"Data Source={_f.StorePath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM decision_history";
        return (long)cmd.ExecuteScalar()!;
    }

    [Test]
    public void Open_gives_the_implementation_the_setting_names()
    {
        using var store = Open();
        Assert.That(store, Is.InstanceOf(kind));
    }

    [Test]
    public void Decisions_survive_closing_and_reopening_the_store()
    {
        using (var store = Open())
            store.Record([(Reject("c-000000000001", "ليس ادعاء"), _f.Claims[3])], Monday);

        using var reopened = Open();
        var d = reopened.Decisions().Single();
        Assert.That((d.Decision, d.ArticleId, d.DecidedAt, d.Original), Is.EqualTo((Reject("c-000000000001", "ليس ادعاء"), "a-1", Monday, _f.Claims[3])));
    }

    [Test]
    public void A_fix_keeps_its_arabic_fields_and_absent_ones_stay_null()
    {
        var fix = new ReviewDecision("c-000000000002", DecisionKind.Fix, new ClaimFix("denial", "الصين", null, "مزاعم لا أساس لها"), null, null);
        using (var store = Open())
            store.Record([(fix, _f.Claims[2])], Monday);

        using var reopened = Open();
        Assert.That(reopened.Find("c-000000000002")!.Decision, Is.EqualTo(fix));
    }

    [Test]
    public void Same_decision_again_keeps_its_first_time()
    {
        using var store = Open();
        store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday);

        int changed = store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday.AddDays(1));

        Assert.That(changed, Is.Zero);
        Assert.That(store.Find("c-000000000001")!.DecidedAt, Is.EqualTo(Monday));
    }

    [Test]
    public void Recording_the_same_sheet_twice_logs_each_change_once()
    {
        var sheet = new[] { (Reject("c-000000000001"), _f.Claims[3]), (Reject("c-000000000004", "مكرر"), _f.Claims[0]) };
        using var store = Open();

        int first = store.Record(sheet, Monday);
        int second = store.Record(sheet, Monday.AddHours(1));

        Assert.That((first, second, HistoryRows()), Is.EqualTo((2, 0, 2L)));
    }

    [Test]
    public void Changed_decision_replaces_the_old_one_but_keeps_the_first_snapshot()
    {
        using var store = Open();
        store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday);
        var accept = new ReviewDecision("c-000000000001", DecisionKind.Accept, ClaimFix.None, null, "omar");

        int changed = store.Record([(accept, _f.Claims[3] with { Status = "rejected" })], Monday.AddDays(1));

        var d = store.Find("c-000000000001")!;
        Assert.That((changed, d.Decision, d.Original, d.DecidedAt, HistoryRows()), Is.EqualTo((1, accept, _f.Claims[3], Monday.AddDays(1), 2L)));
    }

    [Test]
    public void Decisions_are_listed_oldest_first_then_by_claim_id()
    {
        using var store = Open();
        store.Record([(Reject("c-000000000005"), _f.Claims[1])], Monday.AddDays(1));
        store.Record([(Reject("c-000000000004"), _f.Claims[0]), (Reject("c-000000000001"), _f.Claims[3])], Monday);

        Assert.That(store.Decisions().Select(d => d.Decision.ClaimId), Is.EqualTo(new[] { "c-000000000001", "c-000000000004", "c-000000000005" }));
    }

    [Test]
    public void Failure_before_commit_stores_nothing()
    {
        using var store = Open();

        Assert.Throws<IOException>(() => store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday, () => throw new IOException("disk full")));

        using var reopened = Open();
        Assert.That((reopened.Decisions(), HistoryRows()), Is.EqualTo((Array.Empty<StoredDecision>(), 0L)));
    }

    [Test]
    public void Claims_without_a_stored_decision_pass_through_unchanged()
    {
        using var store = Open();

        Assert.That(ReviewApplier.Apply(_f.Claims, _f.Articles, store), Is.EqualTo(_f.Claims));
    }

    [Test]
    public void A_stored_decision_is_applied_on_re_extraction()
    {
        using (var store = Open())
            store.Record([(Reject("c-000000000001", "ليس ادعاء"), _f.Claims[3])], Monday);

        using var reopened = Open();
        var applied = ReviewApplier.Apply(_f.Claims, _f.Articles, reopened);
        Assert.That((applied[3].Status, applied[3].Note), Is.EqualTo(("rejected", "ليس ادعاء")));
    }
}
