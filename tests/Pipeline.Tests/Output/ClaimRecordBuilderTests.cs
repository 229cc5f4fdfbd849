using Pipeline.Output;
using Pipeline.Tests.Claims;
using Pipeline.Text;

namespace Pipeline.Tests.Output;

/// <summary>Claims become claims/1 records: type name, CAMEO code, status from the review threshold, one record per id.</summary>
public class ClaimRecordBuilderTests
{
    private const string Text = "نفت الصين اتهامات وجهتها إليها الولايات المتحدة بالتجسس على شركات التكنولوجيا. وقال وزير الطاقة إن إنتاج النفط سيرتفع العام المقبل.";

    [Test]
    public void Record_carries_the_contract_name_and_cameo_code_of_its_type()
    {
        var document = Analysed.Text(Text);
        var records = new ClaimRecordBuilder(0.6, "test").ClaimRecords(document);
        Assert.That(records.Select(r => (r.Type, r.Cameo)), Is.EquivalentTo(document.Claims.Select(c => (c.Type.Name(), c.Type.Cameo()))));
        Assert.That(records.Select(r => r.Type), Is.SupersetOf(new[] { "denial", "accusation", "statement" }));
    }

    [TestCase(1.01, ClaimStatus.NeedsReview)]
    [TestCase(0.0, ClaimStatus.Auto)]
    public void Status_follows_the_review_threshold(double threshold, string status)
    {
        var records = new ClaimRecordBuilder(threshold, "test").ClaimRecords(Analysed.Text(Text));
        Assert.That(records.Select(r => r.Status), Is.All.EqualTo(status));
    }

    [Test]
    public void Confidence_is_between_zero_and_one()
    {
        var records = new ClaimRecordBuilder(0.6, "test").ClaimRecords(Analysed.Text(Text));
        Assert.That(records.Select(r => r.Confidence), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Claim_found_twice_is_written_once()
    {
        var document = Analysed.Text(Text);
        document.Claims.Add(document.Claims[0] with { });
        var records = new ClaimRecordBuilder(0.6, "test").ClaimRecords(document);
        Assert.That(records, Has.Count.EqualTo(document.Claims.Count - 1));
    }

    [Test]
    public void Record_names_the_model_and_its_article()
    {
        var document = Analysed.Text(Text);
        var records = new ClaimRecordBuilder(0.6, "claims 9.9").ClaimRecords(document);
        Assert.That(records.Select(r => r.Model), Is.All.EqualTo("claims 9.9"));
        Assert.That(records.Select(r => r.Article.Id), Is.All.EqualTo(document.Id));
    }

    [Test]
    public void Record_round_trips_through_a_json_line()
    {
        var record = new ClaimRecordBuilder(0.6, "test").ClaimRecords(Analysed.Text(Text))[0];
        var line = Json.Line(record);
        Assert.That(line, Does.Not.Contain("\n"));
        Assert.That(line, Does.Contain("الصين"), "Arabic is written as is, not as \\u escapes");
        Assert.That(Json.Line(Json.Parse<ClaimRecord>(line)), Is.EqualTo(line));
    }
}
