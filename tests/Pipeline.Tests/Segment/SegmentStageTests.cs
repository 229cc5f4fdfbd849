using Pipeline.Normalise;
using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Segment;

public class SegmentStageTests
{
    [Test]
    public void Stages_in_pipeline_order_fill_quotations_and_sentences()
    {
        const string text = "واتّهم الرئيس جو بايدن السلطات الصينية بـ”حماية” منفذي هذه الهجمات.\nوقال: «الوضع خطير. جدا» أمس.";
        var document = new Document("a-test", text, new ArticleMeta());
        foreach (var stage in new Processing.IDocumentStage[] { new TokenizeStage(), new QuoteStage(), new SegmentStage() })
            stage.Process(document, CancellationToken.None);

        Assert.That(document.Quotations.Select(q => document.Slice(q.Inner)), Is.EqualTo(new[] { "حماية", "الوضع خطير. جدا" }));
        Assert.That(document.Sentences.Select(s => document.Slice(s.Span)), Is.EqualTo(new[]
        {
            "واتّهم الرئيس جو بايدن السلطات الصينية بـ”حماية” منفذي هذه الهجمات.",
            "وقال: «الوضع خطير. جدا» أمس.",
        }));
    }

    [Test]
    public void Running_a_stage_twice_replaces_its_annotations()
    {
        var document = new Document("a-test", "قال: «نعم». ثم غادر.", new ArticleMeta());
        var stages = new Processing.IDocumentStage[] { new TokenizeStage(), new QuoteStage(), new SegmentStage() };
        foreach (var stage in stages) stage.Process(document, CancellationToken.None);
        foreach (var stage in stages) stage.Process(document, CancellationToken.None);
        Assert.That(document.Quotations, Has.Count.EqualTo(1));
        Assert.That(document.Sentences, Has.Count.EqualTo(2));
    }
}
