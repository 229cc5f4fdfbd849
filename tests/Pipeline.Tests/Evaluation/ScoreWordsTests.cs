using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

// Expected values were produced by shared/eval/score.py itself (norm_word, words, wmatch).
public class ScoreWordsTests
{
    [TestCase("والحكومة", "حكومه")]
    [TestCase("بالجيش", "جيش")]
    [TestCase("للحكومة", "حكومه")]
    [TestCase("فالقوات", "قوات")]
    [TestCase("وزير", "زير")]
    [TestCase("لبنان", "لبنان")]
    [TestCase("ولد", "ولد")]
    [TestCase("الخارجيّة", "خارجيه")]
    [TestCase("كتب", "كتب")]
    public void Norm_word_strips_one_proclitic_and_the_article_as_the_scorer_does(string word, string expected) =>
        Assert.That(ScoreWords.NormWord(word), Is.EqualTo(expected));

    [Test]
    public void Words_drop_stop_words_and_normalise_the_rest() =>
        Assert.That(ScoreWords.Words("قال إن الحكومة والجيش في المدينة"), Is.EqualTo(new[] { "قال", "حكومه", "جيش", "مدينه" }));

    [Test]
    public void Words_of_empty_or_null_text_are_none()
    {
        Assert.That(ScoreWords.Words(""), Is.Empty);
        Assert.That(ScoreWords.Words(null), Is.Empty);
    }

    [TestCase("حكوم", "حكومه", true)]
    [TestCase("جيش", "بجيش", true)]
    [TestCase("جيش", "وبجيش", true)]
    [TestCase("جيش", "والبجيش", false)]
    [TestCase("قد", "قدم", false)]
    public void A_word_matches_a_longer_form_it_starts_or_ends_after_a_short_proclitic(string a, string b, bool expected) =>
        Assert.That(ScoreWords.WordsMatch(a, b), Is.EqualTo(expected));

    [TestCase(0.0625, 0.062)]
    [TestCase(0.5625, 0.562)]
    [TestCase(0.1875, 0.188)]
    [TestCase(2.675, 2.675)]
    [TestCase(0.0005, 0.001)]
    [TestCase(1.0 / 3, 0.333)]
    public void Rounding_is_pythons_half_even_on_the_exact_binary_value(double x, double expected) =>
        Assert.That(PythonFloat.Round3(x), Is.EqualTo(expected));

    [TestCase(1.0, "1.0")]
    [TestCase(0.0, "0.0")]
    [TestCase(0.565, "0.565")]
    public void Floats_print_as_python_repr(double x, string expected) => Assert.That(PythonFloat.Repr(x), Is.EqualTo(expected));
}
