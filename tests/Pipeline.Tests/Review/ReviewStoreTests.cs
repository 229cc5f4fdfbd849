using Pipeline.Review;

namespace Pipeline.Tests.Review;

public class ReviewStoreTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private ReviewDecision Reject(string id, string? note = null) => new(id, DecisionKind.Reject, ClaimFix.None, note, "hana");

    [Test]
    public void Decisions_survive_closing_and_reopening_the_store()
    {
        using (var store = ReviewStore.Open(_f.StorePath))
            store.Record([(Reject("c-000000000001", "ليس ادعاء"), _f.Claims[3])], Monday);

        using var reopened = ReviewStore.Open(_f.StorePath);
        var d = reopened.Decisions().Single();
        Assert.That((d.Decision, d.DecidedAt, d.Original), Is.EqualTo((Reject("c-000000000001", "ليس ادعاء"), Monday, _f.Claims[3])));
    }

    [Test]
    public void Same_decision_again_keeps_its_first_time()
    {
        using var store = ReviewStore.Open(_f.StorePath);
        store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday);

        int changed = store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday.AddDays(1));

        Assert.That(changed, Is.Zero);
        Assert.That(store.Find("c-000000000001")!.DecidedAt, Is.EqualTo(Monday));
    }

    [Test]
    public void Changed_decision_replaces_the_old_one_but_keeps_the_first_snapshot()
    {
        using var store = ReviewStore.Open(_f.StorePath);
        store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday);
        var accept = new ReviewDecision("c-000000000001", DecisionKind.Accept, ClaimFix.None, null, "omar");

        store.Record([(accept, _f.Claims[3] with { Status = "rejected" })], Monday.AddDays(1));

        var d = store.Find("c-000000000001")!;
        Assert.That((d.Decision, d.Original), Is.EqualTo((accept, _f.Claims[3])));
    }

    [Test]
    public void Failure_before_commit_stores_nothing()
    {
        using var store = ReviewStore.Open(_f.StorePath);

        Assert.Throws<IOException>(() => store.Record([(Reject("c-000000000001"), _f.Claims[3])], Monday, () => throw new IOException("disk full")));

        using var reopened = ReviewStore.Open(_f.StorePath);
        Assert.That(reopened.Decisions(), Is.Empty);
    }

    [Test]
    public void Claims_without_a_stored_decision_pass_through_unchanged()
    {
        using var store = ReviewStore.Open(_f.StorePath);

        Assert.That(ReviewApplier.Apply(_f.Claims, _f.Articles, store), Is.EqualTo(_f.Claims));
    }

    [Test]
    public void Open_if_exists_creates_no_store_file()
    {
        Assert.That(ReviewStore.OpenIfExists(_f.StorePath), Is.Null);
        Assert.That(File.Exists(_f.StorePath), Is.False);
    }

    [Test]
    public void Default_store_sits_next_to_claims_jsonl() =>
        Assert.That(ReviewStore.DefaultPath(_f.ClaimsPath), Is.EqualTo(Path.Combine(_f.Dir, "reviews.db")));
}
