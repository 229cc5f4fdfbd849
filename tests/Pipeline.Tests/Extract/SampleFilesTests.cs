using Pipeline.Extract;
using Pipeline.Read;

namespace Pipeline.Tests.Extract;

/// <summary>The hand-written pages under samples/ extract to their article text only.</summary>
public class SampleFilesTests
{
    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("Pipeline.sln not found above the test folder; run the tests from the repository");
    }

    private static IEnumerable<string> HtmlSamples() =>
        Directory.GetFiles(SamplesFolder(), "*.html").Select(Path.GetFileName).Order()!;

    private static ExtractedArticle Extract(string name)
    {
        string path = Path.Combine(SamplesFolder(), name);
        return new ArticleExtractor().Extract(new RawInput(path, null, File.ReadAllBytes(path)), CancellationToken.None);
    }

    [TestCaseSource(nameof(HtmlSamples))]
    public void Sample_page_text_has_no_page_furniture(string name)
    {
        var lines = Extract(name).Text.Split('\n');
        Assert.That(lines, Has.None.Contains("تابع").And.None.Contains("اقرأ أيضا").And.None.Contains("جميع الحقوق")
            .And.None.Contains("الأكثر قراءة").And.None.Contains("إعلان").And.None.StartsWith("شارك"));
    }

    [TestCaseSource(nameof(HtmlSamples))]
    public void Sample_page_text_is_the_title_and_at_least_five_paragraphs(string name)
    {
        var article = Extract(name);
        var lines = article.Text.Split('\n');
        Assert.That(lines[0], Is.EqualTo(article.Meta.Title));
        Assert.That(lines.Skip(1).Count(l => l.Length > 80), Is.GreaterThanOrEqualTo(5));
    }

    [Test]
    public void Printed_dateline_gives_the_date_when_the_page_has_no_date_markup() =>
        Assert.That(Extract("sada-alwatan-zarqa-attack.html").Meta.Published, Is.EqualTo("2024-03-04"));

    [Test]
    public void Windows_1256_sample_is_decoded_by_its_meta_charset() =>
        Assert.That(Extract("sada-alwatan-zarqa-attack.html").Text, Does.Contain("أدان الناطق الرسمي باسم الحكومة الأردنية"));
}
