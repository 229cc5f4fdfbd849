using Pipeline.Output;
using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>Every span of every claim is a half-open range into the unchanged article text.</summary>
public class ClaimOffsetTests
{
    // Title, dateline, diacritics, tatweel, both quote styles, a headline claim and a reported accusation.
    private const string Article =
        "الخرطوم تنفي دعم الميليشيات في دارفور\n\n" +
        "الخرطوم - وكالات\n\n" +
        "نفت الحكومة السودانية الاتهامات الأمريكية بدعم الميليشيات في دارفور، وقالت إنها \"ملفقة ولا أساس لها\".\n\n" +
        "وكان وزير الخارجية الأمريكي قد اتّهم الخرطوم الأسبوع الماضي بتسليح مجموعات مسلحة.\n\n" +
        "وقال المتحدث باسم الحكومة، في مؤتمر صحفي، إن بلاده تحترم القانون الدولي. وأضاف أن الاتهامات «جزء من حملة سياسية».\n\n" +
        "من جهتها، دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس، فيما دان الاتحاد الأفريقي أعمال العنف.\n\n" +
        "ونفت بكين اتهامات وجهتها إليها واشنطن بالتدخل في النزاع.\n\n" +
        "وبحسب الأمم المتحدة، فإن أكثر من مليون شخص نزحوا منذ بداية العـــام.\n\n" +
        "مسؤول أممي: «الوضع الإنساني كارثي»";

    private static Document _document = null!;

    [OneTimeSetUp]
    public void AnalyseOnce() => _document = Analysed.Text(Article);

    private static IEnumerable<(string Field, Claim Claim, TextSpan Span)> Spans()
    {
        foreach (var c in _document.Claims)
        {
            yield return ("speaker", c, c.Speaker.Span);
            if (c.Target is { } t) yield return ("target", c, t.Span);
            if (c.Content is { } content) yield return ("content", c, content);
            if (c.Quote is { } q) yield return ("quote", c, q);
            yield return ("cue", c, c.Cue);
            yield return ("sentence", c, c.Sentence);
        }
    }

    [Test]
    public void Article_yields_claims_of_several_types()
    {
        Assert.That(_document.Claims.Select(c => c.Type).Distinct().Count(), Is.GreaterThanOrEqualTo(4), Analysed.Describe(_document));
    }

    [Test]
    public void Every_span_lies_inside_the_text_and_is_not_empty()
    {
        foreach (var (field, claim, span) in Spans())
        {
            Assert.That(span.Start, Is.InRange(0, Article.Length), $"{field} of {claim.Construction}");
            Assert.That(span.End, Is.InRange(span.Start + 1, Article.Length), $"{field} of {claim.Construction}");
        }
    }

    [Test]
    public void Mention_text_is_the_substring_of_its_offsets()
    {
        foreach (var c in _document.Claims)
        {
            Assert.That(Article.Substring(c.Speaker.Start, c.Speaker.End - c.Speaker.Start), Is.EqualTo(c.Speaker.Text));
            if (c.Target is { } t) Assert.That(Article.Substring(t.Start, t.End - t.Start), Is.EqualTo(t.Text));
        }
    }

    [Test]
    public void Cue_content_and_quote_lie_inside_their_sentence()
    {
        foreach (var (field, claim, span) in Spans())
        {
            if (field is "speaker" or "target" or "sentence" || claim.Construction.StartsWith("source-after")) continue;
            Assert.That(claim.Sentence.Contains(span), Is.True, $"{field} {span} of {claim.Construction} outside sentence {claim.Sentence}");
        }
    }

    [Test]
    public void Spans_do_not_start_or_end_with_white_space()
    {
        foreach (var (field, claim, span) in Spans())
        {
            var text = span.Of(Article);
            Assert.That(text, Is.EqualTo(text.Trim()), $"{field} of {claim.Construction}");
        }
    }

    [Test]
    public void Output_records_carry_the_substring_of_their_offsets()
    {
        var records = new ClaimRecordBuilder(0.6, "test").ClaimRecords(_document);
        Assert.That(records, Is.Not.Empty);
        foreach (var r in records)
        {
            Check(r.Speaker.Text, r.Speaker.Start, r.Speaker.End);
            if (r.Target is { } t) Check(t.Text, t.Start, t.End);
            if (r.Content is { } c) Check(c.Text, c.Start, c.End);
            if (r.Quote is { } q) Check(q.Text, q.Start, q.End);
            Check(r.Cue.Text, r.Cue.Start, r.Cue.End);
            Check(r.Sentence.Text, r.Sentence.Start, r.Sentence.End);
        }

        static void Check(string text, int? start, int? end)
        {
            Assert.That(start, Is.Not.Null);
            Assert.That(Article.Substring(start!.Value, end!.Value - start.Value), Is.EqualTo(text));
        }
    }

    [Test]
    public void Direct_quote_excludes_its_quotation_marks()
    {
        foreach (var c in _document.Claims.Where(c => c.QuoteDirect))
        {
            var quote = c.Quote!.Value.Of(Article);
            Assert.That(quote, Does.Not.StartWith("«").And.Not.StartWith("\""), c.Construction);
            Assert.That(quote, Does.Not.EndWith("»").And.Not.EndWith("\""), c.Construction);
        }
    }
}
