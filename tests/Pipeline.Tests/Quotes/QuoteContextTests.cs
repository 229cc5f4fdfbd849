using Pipeline.Quotes;
using Pipeline.Segment;

namespace Pipeline.Tests.Quotes;

public class QuoteContextTests
{
    /// <summary>The direction of the only quotation mark in <paramref name="text"/>.</summary>
    private static Direction Of(string text)
    {
        int i = text.IndexOfAny(Tokenizer.QuoteMarks.ToCharArray());
        return QuoteContext.Classify(text, i, QuoteMarks.Info(text[i]).Lean);
    }

    [TestCase("قال: «نص")]
    [TestCase("قال \"نص")]
    [TestCase("(“نص")]
    [TestCase("نص -\"نص")]
    [TestCase("\"نص")]
    public void Mark_after_space_or_opening_punctuation_and_before_a_letter_opens(string text) => Assert.That(Of(text), Is.EqualTo(Direction.Open));

    [TestCase("اتهمها بـ”حماية")]
    [TestCase("بـ\"ضحية")]
    public void Mark_after_a_tatweel_prefix_opens(string text) => Assert.That(Of(text), Is.EqualTo(Direction.Open));

    [TestCase("قال ل«المصري")]
    [TestCase("قال و\"نص")]
    public void Mark_after_a_one_letter_proclitic_opens(string text) => Assert.That(Of(text), Is.EqualTo(Direction.Open));

    [TestCase("بيان :» ان")]
    [TestCase("قال: \" نحن")]
    public void Mark_after_a_colon_opens_even_before_a_space(string text) => Assert.That(Of(text), Is.EqualTo(Direction.Open));

    [TestCase("نص» أمس")]
    [TestCase("نص“.")]
    [TestCase("نص”)")]
    [TestCase("تي 40″ الصينية")]
    [TestCase("نص\"")]
    [TestCase("نص ” .")]
    public void Mark_after_a_letter_and_before_space_or_punctuation_closes(string text) => Assert.That(Of(text), Is.EqualTo(Direction.Close));

    [TestCase("كلمة«كلمة", "Open")]
    [TestCase("كلمة»كلمة", "Close")]
    [TestCase("كلمة\"كلمة", "Either")]
    [TestCase("كلمة،\"كلمة", "Either")]
    [TestCase("نص \" نص", "Either")]
    public void Glyph_or_the_open_quotes_decide_when_the_context_is_silent(string text, string expected) => Assert.That(Of(text).ToString(), Is.EqualTo(expected));

    [TestCase("don't", true)]
    [TestCase("O’Brien", true)]
    [TestCase("نص 'نص", false)]
    [TestCase("Apple' s", false)]
    public void Single_mark_inside_a_Latin_word_is_an_apostrophe(string text, bool expected) =>
        Assert.That(QuoteContext.IsApostrophe(text, text.IndexOfAny(['\'', '’'])), Is.EqualTo(expected));
}
