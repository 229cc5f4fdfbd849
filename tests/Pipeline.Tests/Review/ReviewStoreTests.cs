using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>What only the SQLite store does: its file and where it sits. The shared behaviour is in <see cref="ReviewStoreContractTests"/>.</summary>
public class ReviewStoreTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

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
