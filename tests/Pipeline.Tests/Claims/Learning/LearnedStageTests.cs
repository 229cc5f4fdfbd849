using NUnit.Framework;
using Pipeline.Text;

namespace Pipeline.Tests.Claims.Learning;

/// <summary>The shipped claim model as the pipeline runs it, on invented sentences.</summary>
public class LearnedStageTests
{
    private const string Article =
        "عنوان الخبر\n"
        + "قال النائب سامي العلي إن الحكومة فشلت في توفير الكهرباء للمواطنين طوال الصيف.\n"
        + "ونفت الوزارة في بيان صحة ما تداولته مواقع التواصل عن رفع الأسعار.\n"
        + "ودعا رئيس النقابة الحكومة إلى إصلاح الطرق قبل الشتاء.\n"
        + "وأدان الحزب الهجوم على المستشفى.\n";

    [Test]
    public void Every_span_of_a_learned_claim_is_the_article_text_at_its_offsets()
    {
        var d = Analysed.Pipeline.Process(new Pipeline.Read.RawInput("t.txt", null, System.Text.Encoding.UTF8.GetBytes(Article)), CancellationToken.None).Document;
        Assert.That(d.Claims, Is.Not.Empty);
        foreach (var c in d.Claims)
        {
            Assert.That(d.Text.Substring(c.Speaker.Start, c.Speaker.End - c.Speaker.Start), Is.EqualTo(c.Speaker.Text));
            if (c.Target is { } t) Assert.That(d.Text.Substring(t.Start, t.End - t.Start), Is.EqualTo(t.Text));
            Assert.That(c.Content, Is.Not.Null);
            var content = d.Slice(c.Content!.Value);
            Assert.That(content, Is.EqualTo(content.Trim()), "content is trimmed");
            Assert.That(c.Sentence.Contains(c.Content!.Value), Is.True, "content lies in its sentence");
            Assert.That(c.Confidence, Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Statements_name_no_target_and_other_types_are_typed_by_the_model()
    {
        var d = Analysed.Text(Article); // the grammar's candidates
        var claims = Analysed.Pipeline.Stages.Last() is Pipeline.Claims.ClaimStage { Refiner: { } refiner }
            ? refiner.Refine(d, [.. d.Claims])
            : throw new AssertionException("the pipeline has no learned claim stage");
        Assert.That(claims.Where(c => c.Type == ClaimType.Statement).Select(c => c.Target), Has.All.Null);
        Assert.That(claims.Select(c => c.Type), Does.Contain(ClaimType.Appeal).And.Contain(ClaimType.Condemnation), Analysed.Describe(d));
    }

    [Test]
    public void The_same_text_gives_the_same_claims()
    {
        var a = Analysed.Pipeline.Process(new Pipeline.Read.RawInput("t.txt", null, System.Text.Encoding.UTF8.GetBytes(Article)), CancellationToken.None).Claims;
        var b = Analysed.Pipeline.Process(new Pipeline.Read.RawInput("t.txt", null, System.Text.Encoding.UTF8.GetBytes(Article)), CancellationToken.None).Claims;
        Assert.That(b.Select(r => (r.Id, r.Type, r.Target?.Text, r.Confidence)), Is.EqualTo(a.Select(r => (r.Id, r.Type, r.Target?.Text, r.Confidence))));
    }
}
