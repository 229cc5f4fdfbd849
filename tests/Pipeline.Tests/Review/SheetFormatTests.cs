using System.Text;
using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>The sheet comes back in whatever form the spreadsheet saved it.</summary>
public class SheetFormatTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ReviewFixture();
        _f.Export();
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    public static IEnumerable<TestCaseData> Formats()
    {
        yield return new TestCaseData(',', new UTF8Encoding(true)).SetName("UTF-8 with BOM, comma");
        yield return new TestCaseData(',', new UTF8Encoding(false)).SetName("UTF-8 without BOM, comma");
        yield return new TestCaseData(';', new UTF8Encoding(true)).SetName("UTF-8 with BOM, semicolon");
        yield return new TestCaseData(';', new UTF8Encoding(false)).SetName("UTF-8 without BOM, semicolon");
        yield return new TestCaseData('\t', new UnicodeEncoding(false, true)).SetName("UTF-16 LE with BOM, tab (Excel Unicode text)");
        yield return new TestCaseData('\t', new UnicodeEncoding(true, true)).SetName("UTF-16 BE with BOM, tab");
        yield return new TestCaseData('\t', new UnicodeEncoding(false, false)).SetName("UTF-16 LE without BOM, tab");
    }

    [TestCaseSource(nameof(Formats))]
    public void Saved_sheet_is_imported(char separator, Encoding encoding)
    {
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000002", ReviewColumns.Decision, "fix")
            .Set("c-000000000002", ReviewColumns.FixedTarget, "السلطات الصينية, \"واشنطن\"; وغيرها")
            .Set("c-000000000004", ReviewColumns.Decision, "reject")
            .Save(_f.CsvPath, separator, encoding);

        var result = _f.Import();

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(_f.ReadClaim("c-000000000002").Target!.Text, Is.EqualTo("السلطات الصينية, \"واشنطن\"; وغيرها"));
            Assert.That(_f.ReadClaim("c-000000000004").Status, Is.EqualTo(ClaimStatus.Rejected));
        });
    }

    [Test]
    public void Reordered_rows_and_columns_with_extra_columns_and_other_case_are_matched_by_header()
    {
        var sheet = SheetEditor.Load(_f.CsvPath).Set("c-000000000001", ReviewColumns.Decision, "reject");
        var reordered = Enumerable.Range(0, sheet.Header.Count).Reverse().ToList();
        sheet.Rows.Reverse();
        var header = reordered.Select(i => sheet.Header[i].ToUpperInvariant()).Append("my notes").ToList();
        var rows = sheet.Rows.Select(r => reordered.Select(i => r[i]).Append("x").ToList()).ToList();
        sheet.Header.Clear();
        sheet.Header.AddRange(header);
        sheet.Rows.Clear();
        sheet.Rows.AddRange(rows);
        sheet.Save(_f.CsvPath);

        var result = _f.Import();

        Assert.That(result.Problems, Is.Empty);
        Assert.That(_f.ReadClaim("c-000000000001").Status, Is.EqualTo(ClaimStatus.Rejected));
    }

    [Test]
    public void Sheet_in_an_ansi_code_page_is_refused_with_the_fix()
    {
        File.WriteAllBytes(_f.CsvPath, [.. Encoding.ASCII.GetBytes("id,decision\r\nc-000000000001,"), 0xC7, 0xE1, 0x0D, 0x0A]);

        var ex = Assert.Throws<ReviewInputException>(() => _f.Import());
        Assert.That(ex!.Message, Does.Contain("CSV UTF-8"));
    }

    [Test]
    public void Sheet_without_a_decision_column_is_refused_with_the_fix()
    {
        File.WriteAllText(_f.CsvPath, "id,note\r\nc-000000000001,x\r\n");

        var ex = Assert.Throws<ReviewInputException>(() => _f.Import());
        Assert.That(ex!.Message, Does.Contain("'decision'").And.Contain(_f.CsvPath));
    }

    [Test]
    public void Empty_sheet_is_refused_with_the_fix()
    {
        File.WriteAllBytes(_f.CsvPath, []);

        Assert.Throws<ReviewInputException>(() => _f.Import());
    }

    [Test]
    public void Random_text_after_the_header_is_reported_or_refused_never_crashes()
    {
        var random = new Random(20261128);
        const string alphabet = "ab,;\t\"\r\n'=-c0 بكين";
        for (int i = 0; i < 50; i++)
        {
            var noise = new string(Enumerable.Range(0, random.Next(1, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            File.WriteAllText(_f.CsvPath, "id,decision,fixed_speaker\r\n" + noise, new UTF8Encoding(true));
            try
            {
                _f.Import();
            }
            catch (ReviewInputException)
            {
                // A refused file is a valid outcome; anything else fails the test.
            }
        }
        Assert.That(_f.ReadClaims(), Has.Count.EqualTo(_f.Claims.Count));
    }
}
