using System.Text;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

public class FormulaGuardTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    [TestCase("=HYPERLINK(\"http://x\")")]
    [TestCase("+966 قال")]
    [TestCase("-5 قتلى")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tبكين")]
    [TestCase("\rبكين")]
    public void Exported_cell_that_starts_like_a_formula_gets_a_leading_apostrophe(string speaker)
    {
        _f.Claims[3] = _f.Claims[3] with { Speaker = _f.Claims[3].Speaker with { Text = speaker } };
        _f.Write();
        _f.Export();

        Assert.That(SheetEditor.Load(_f.CsvPath).Get("c-000000000001", ReviewColumns.Speaker), Is.EqualTo("'" + speaker));
    }

    [TestCase("=1+1")]
    [TestCase("+1")]
    [TestCase("-1")]
    [TestCase("@x")]
    [TestCase("\tx")]
    [TestCase("\rx")]
    public void Restore_strips_the_apostrophe_the_export_added(string value) =>
        Assert.That(FormulaGuard.Restore(FormulaGuard.Neutralise(value)), Is.EqualTo(value));

    [TestCase("'بكين")]
    [TestCase("'")]
    [TestCase("''=x")]
    [TestCase("بكين")]
    [TestCase("")]
    public void Restore_leaves_other_apostrophes_alone(string value) =>
        Assert.That(FormulaGuard.Restore(value), Is.EqualTo(value));

    [Test]
    public void Plain_arabic_cell_is_not_escaped()
    {
        _f.Export();

        Assert.That(SheetEditor.Load(_f.CsvPath).Get("c-000000000001", ReviewColumns.Speaker), Is.EqualTo("الرئيس جو بايدن"));
    }

    [Test]
    public void Import_restores_an_escaped_fixed_value()
    {
        _f.Export();
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000002", ReviewColumns.Decision, "fix")
            .Set("c-000000000002", ReviewColumns.FixedContent, "'-5 قتلى")
            .Save(_f.CsvPath);

        _f.Import();

        Assert.That(_f.ReadClaim("c-000000000002").Content!.Text, Is.EqualTo("-5 قتلى"));
    }

    [Test]
    public void Raw_file_holds_no_cell_starting_with_an_equals_sign()
    {
        _f.Claims[3] = _f.Claims[3] with { Content = _f.Claims[3].Content! with { Text = "=cmd|' /C calc'!A0" } };
        _f.Write();
        _f.Export();

        var text = File.ReadAllText(_f.CsvPath, Encoding.UTF8);
        Assert.That(text, Does.Contain(",'=cmd").Or.Contain(",\"'=cmd"));
        Assert.That(text, Does.Not.Contain(",=cmd").And.Not.Contain(",\"=cmd"));
    }
}
