using System.Text;
using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

public class ExportTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public void Sheet_has_the_review_columns_in_order()
    {
        _f.Export();

        Assert.That(SheetEditor.Load(_f.CsvPath).Header, Is.EqualTo(ReviewColumns.All));
    }

    [Test]
    public void Sheet_starts_with_a_utf8_byte_order_mark()
    {
        _f.Export();

        Assert.That(File.ReadAllBytes(_f.CsvPath)[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void Needs_review_claims_are_exported_by_default()
    {
        var result = _f.Export();

        Assert.That(result.Exported, Is.EqualTo(4));
    }

    [Test]
    public void Rows_are_grouped_by_article_then_ordered_by_sentence()
    {
        _f.Export();

        var ids = SheetEditor.Load(_f.CsvPath).Rows.Select(r => r[0]);
        Assert.That(ids, Is.EqualTo(new[] { "c-000000000001", "c-000000000002", "c-000000000004", "c-000000000005" }));
    }

    [TestCase(0.45, new[] { "c-000000000001", "c-000000000004" })]
    [TestCase(0.95, new[] { "c-000000000001", "c-000000000002", "c-000000000003", "c-000000000004", "c-000000000005" })]
    public void Below_exports_every_claim_under_the_confidence(double below, string[] expected)
    {
        _f.Export(new ExportOptions { Below = below });

        Assert.That(SheetEditor.Load(_f.CsvPath).Rows.Select(r => r[0]), Is.EqualTo(expected));
    }

    [Test]
    public void Types_limit_the_export()
    {
        _f.Export(new ExportOptions { Types = ["Denial", "appeal"] });

        Assert.That(SheetEditor.Load(_f.CsvPath).Rows.Select(r => r[0]), Is.EqualTo(new[] { "c-000000000002", "c-000000000005" }));
    }

    [Test]
    public void Arabic_quotes_and_line_breaks_survive_in_cells()
    {
        _f.Claims[2] = _f.Claims[2] with { Sentence = _f.Claims[2].Sentence with { Text = "ونفت بكين\r\nالاتهامات، \"مزاعم\"" } };
        _f.Write();
        _f.Export();

        var sheet = ReviewSheet.Read(_f.CsvPath, CancellationToken.None);
        Assert.That(sheet.Rows.Single(r => r.Get("id") == "c-000000000002").Cells["sentence"], Is.EqualTo("ونفت بكين\r\nالاتهامات، \"مزاعم\""));
    }

    [Test]
    public void Article_column_holds_the_url_or_else_the_path()
    {
        _f.Export();

        var sheet = SheetEditor.Load(_f.CsvPath);
        Assert.Multiple(() =>
        {
            Assert.That(sheet.Get("c-000000000001", ReviewColumns.Article), Is.EqualTo("https://example.org/1"));
            Assert.That(sheet.Get("c-000000000004", ReviewColumns.Article), Is.EqualTo("samples/a-2.txt"));
            Assert.That(sheet.Get("c-000000000004", ReviewColumns.ArticleTitle), Is.EqualTo("الحوثيون يتبنون الهجوم"));
        });
    }

    [Test]
    public void Empty_claims_file_gives_a_sheet_with_only_the_header()
    {
        File.WriteAllText(_f.ClaimsPath, "");

        var result = _f.Export();

        Assert.That(result.Exported, Is.Zero);
        Assert.That(File.ReadAllText(_f.CsvPath, Encoding.UTF8).TrimEnd(), Is.EqualTo(string.Join(',', ReviewColumns.All)));
    }

    [Test]
    public void Missing_claims_file_is_named_in_the_error()
    {
        File.Delete(_f.ClaimsPath);

        var ex = Assert.Throws<ReviewInputException>(() => _f.Export());
        Assert.That(ex!.Message, Does.Contain(_f.ClaimsPath).And.Contain("extract"));
    }

    [Test]
    public void Already_reviewed_claims_are_not_exported_again()
    {
        _f.Claims[3] = _f.Claims[3] with { Status = ClaimStatus.Accepted };
        _f.Write();

        Assert.That(_f.Export().Exported, Is.EqualTo(3));
    }
}
