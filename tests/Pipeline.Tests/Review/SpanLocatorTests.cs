using Pipeline.Review;
using Pipeline.Text;

namespace Pipeline.Tests.Review;

public class SpanLocatorTests
{
    private const string Text = "قال بايدن إن الصين مسؤولة. ورد المتحدث باسم الخارجية على بايدن. وقال بايدن لاحقاً إنه لن يتراجع.";

    private static TextSpan SentenceOf(string sentence)
    {
        int s = Text.IndexOf(sentence, StringComparison.Ordinal);
        return new TextSpan(s, s + sentence.Length);
    }

    [Test]
    public void Occurrence_inside_the_claims_sentence_wins()
    {
        var sentence = SentenceOf("وقال بايدن لاحقاً إنه لن يتراجع.");

        var span = SpanLocator.Find(Text, "بايدن", sentence, near: null)!.Value;

        Assert.That(sentence.Contains(span), Is.True);
        Assert.That(span.Of(Text), Is.EqualTo("بايدن"));
    }

    [Test]
    public void Without_an_occurrence_in_the_sentence_the_nearest_one_wins()
    {
        var sentence = SentenceOf("ورد المتحدث باسم الخارجية");

        var span = SpanLocator.Find(Text, "الصين", sentence, near: null)!.Value;

        Assert.That(span.Start, Is.EqualTo(Text.IndexOf("الصين", StringComparison.Ordinal)));
    }

    [Test]
    public void Inside_the_sentence_the_occurrence_nearest_the_old_field_wins()
    {
        const string text = "اتهمت الصين الصين بالكذب";
        int second = text.LastIndexOf("الصين", StringComparison.Ordinal);

        var span = SpanLocator.Find(text, "الصين", new TextSpan(0, text.Length), near: second + 1)!.Value;

        Assert.That(span.Start, Is.EqualTo(second));
    }

    [Test]
    public void Whole_word_wins_over_the_start_of_a_longer_word()
    {
        const string text = "انتقدت السلطات الصينية موقف الصين";

        var span = SpanLocator.Find(text, "الصين", new TextSpan(0, text.Length), near: 0)!.Value;

        Assert.That(span, Is.EqualTo(new TextSpan(text.LastIndexOf("الصين", StringComparison.Ordinal), text.Length)));
    }

    [TestCase("الخارجيه", "الخارجية")]
    [TestCase("المتحدّث", "المتحدث")]
    [TestCase("لاحقا", "لاحقاً")]
    public void Spelling_variants_are_found_and_give_the_articles_own_text(string typed, string inArticle)
    {
        var span = SpanLocator.Find(Text, typed, null, null)!.Value;

        Assert.That(span.Of(Text), Is.EqualTo(inArticle));
    }

    [TestCase("واشنطن")]
    [TestCase("")]
    public void Text_not_in_the_article_is_not_found(string typed) =>
        Assert.That(SpanLocator.Find(Text, typed, null, null), Is.Null);

    [Test]
    public void Fix_with_text_not_in_the_article_keeps_the_text_without_offsets()
    {
        using var f = new ReviewFixture();
        var claim = f.Claims[3];

        var fixedClaim = ReviewApplier.Apply(claim, new ReviewDecision(claim.Id, DecisionKind.Fix, new ClaimFix(Speaker: "البيت الأبيض"), null, null), ReviewFixture.Text1);

        Assert.That((fixedClaim.Speaker.Text, fixedClaim.Speaker.Start, fixedClaim.Speaker.End), Is.EqualTo(("البيت الأبيض", (int?)null, (int?)null)));
    }
}
