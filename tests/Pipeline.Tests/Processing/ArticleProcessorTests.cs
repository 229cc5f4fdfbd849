using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Tests.Claims;
using Pipeline.Text;

// Not Pipeline.Tests.Processing: that namespace would shadow Pipeline.Processing in other test files.
namespace Pipeline.Tests.ArticleProcessing;

/// <summary>The processor names the stage that failed and lets cancellation through.</summary>
public class ArticleProcessorTests
{
    private sealed class Throwing(Exception ex) : IDocumentStage
    {
        public string Name => "broken";

        public void Process(Document document, CancellationToken cancellationToken) => throw ex;
    }

    private static ArticleProcessor With(IDocumentStage stage) =>
        new(new ArticleExtractor(), [.. Analysed.Processor.Stages, stage], new ClaimRecordBuilder(0.6, "test"));

    private static RawInput Txt(string text) => new("article.txt", null, System.Text.Encoding.UTF8.GetBytes(text));

    [Test]
    public void Stage_fault_is_a_reject_naming_the_stage()
    {
        var ex = Assert.Throws<ArticleRejectedException>(() => With(new Throwing(new InvalidOperationException("boom"))).Process(Txt("قال الوزير إن الأمر انتهى."), CancellationToken.None));
        Assert.That(ex!.Stage, Is.EqualTo("broken"));
        Assert.That(ex.Reason, Does.Contain("InvalidOperationException").And.Contain("boom"));
        Assert.That(ex.InnerException, Is.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public void Cancellation_inside_a_stage_is_not_a_reject()
    {
        Assert.Throws<OperationCanceledException>(() => With(new Throwing(new OperationCanceledException())).Process(Txt("قال الوزير إن الأمر انتهى."), CancellationToken.None));
    }

    [Test]
    public void Cancelled_token_stops_before_the_first_stage()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var document = new Document("a-test", "قال الوزير إن الأمر انتهى.", new ArticleMeta());
        Assert.Throws<OperationCanceledException>(() => Analysed.Processor.Analyse(document, cancel.Token));
        Assert.That(document.Tokens, Is.Empty);
    }

    [Test]
    public void Article_id_is_the_hash_of_its_text()
    {
        var result = Analysed.Processor.Process(Txt("وقال وزير الطاقة إن إنتاج النفط سيرتفع العام المقبل.\n"), CancellationToken.None);
        Assert.That(result.Article.Id, Is.EqualTo(StableIds.Article(result.Article.Text)));
        Assert.That(result.Claims.Select(c => c.Article.Id), Is.All.EqualTo(result.Article.Id));
    }

    [TestCase("")]
    [TestCase("   \n  ")]
    public void Input_without_text_is_rejected_at_read_or_extract(string text)
    {
        var ex = Assert.Throws<ArticleRejectedException>(() => Analysed.Processor.Process(Txt(text), CancellationToken.None));
        Assert.That(ex!.Stage, Is.AnyOf("read", "extract"));
    }
}
