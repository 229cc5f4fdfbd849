using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>Export, edit as a reviewer would, import: the decisions land in claims.jsonl and the store.</summary>
public class RoundTripTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ReviewFixture();
        _f.Export();
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000001", ReviewColumns.Decision, "accept")
            .Set("c-000000000001", ReviewColumns.Note, "واضح من النص")
            .Set("c-000000000001", ReviewColumns.Reviewer, "hana")
            .Set("c-000000000004", ReviewColumns.Decision, "Reject")
            .Set("c-000000000002", ReviewColumns.Decision, "fix")
            .Set("c-000000000002", ReviewColumns.FixedSpeaker, "بكين")
            .Set("c-000000000002", ReviewColumns.FixedContent, "مزاعم لا أساس لها")
            .Set("c-000000000005", ReviewColumns.Decision, "fix")
            .Set("c-000000000005", ReviewColumns.FixedSpeaker, "الاتحاد الاوروبي")
            .Save(_f.CsvPath);
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public void Import_writes_each_decision_as_the_claim_status()
    {
        var result = _f.Import();

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(_f.ReadClaim("c-000000000001").Status, Is.EqualTo(ClaimStatus.Accepted));
            Assert.That(_f.ReadClaim("c-000000000004").Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(_f.ReadClaim("c-000000000002").Status, Is.EqualTo(ClaimStatus.Corrected));
            Assert.That(_f.ReadClaim("c-000000000003").Status, Is.EqualTo(ClaimStatus.Auto), "not in the sheet");
        });
    }

    [Test]
    public void Import_keeps_every_claim_rejected_ones_included()
    {
        _f.Import();

        Assert.That(_f.ReadClaims().Select(c => c.Id), Is.EquivalentTo(_f.Claims.Select(c => c.Id)));
    }

    [Test]
    public void Import_carries_the_note()
    {
        _f.Import();

        Assert.That(_f.ReadClaim("c-000000000001").Note, Is.EqualTo("واضح من النص"));
    }

    [Test]
    public void Fixed_content_gets_offsets_into_the_article_text()
    {
        _f.Import();

        var content = _f.ReadClaim("c-000000000002").Content!;
        Assert.That(content.Text, Is.EqualTo("مزاعم لا أساس لها"));
        Assert.That(ReviewFixture.Text1.Substring(content.Start!.Value, content.End!.Value - content.Start.Value), Is.EqualTo(content.Text));
    }

    [Test]
    public void Fixed_speaker_typed_without_hamza_is_found_and_keeps_the_article_spelling()
    {
        _f.Import();

        var speaker = _f.ReadClaim("c-000000000005").Speaker;
        Assert.That(speaker.Text, Is.EqualTo("الاتحاد الأوروبي"));
        Assert.That(ReviewFixture.Text2.Substring(speaker.Start!.Value, speaker.End!.Value - speaker.Start.Value), Is.EqualTo("الاتحاد الأوروبي"));
    }

    [Test]
    public void Store_reapplies_decisions_to_freshly_extracted_claims_with_the_same_ids()
    {
        _f.Import();
        using var store = ReviewStore.Open(_f.StorePath);

        var fresh = ReviewApplier.Apply(_f.Claims, _f.Articles, store);

        Assert.That(fresh, Is.EqualTo(_f.ReadClaims()));
    }

    [Test]
    public void Reapplied_claims_are_no_longer_sent_for_review()
    {
        _f.Import();
        using var store = ReviewStore.Open(_f.StorePath);

        var fresh = ReviewApplier.Apply(_f.Claims, _f.Articles, store);

        var again = ReviewSelection.Select(fresh, _f.Articles, new ExportOptions());
        Assert.That(again, Is.Empty);
    }

    [Test]
    public void Store_keeps_the_claim_as_extracted_for_training()
    {
        _f.Import();
        using var store = ReviewStore.Open(_f.StorePath);

        var fix = store.Decisions().Single(d => d.Decision.ClaimId == "c-000000000002");

        Assert.Multiple(() =>
        {
            Assert.That(fix.Original, Is.EqualTo(_f.Claims.Single(c => c.Id == "c-000000000002")));
            Assert.That(fix.Decision.Kind, Is.EqualTo(DecisionKind.Fix));
            Assert.That(fix.Decision.Fix.Content, Is.EqualTo("مزاعم لا أساس لها"));
            Assert.That(fix.ArticleId, Is.EqualTo("a-1"));
        });
    }
}
