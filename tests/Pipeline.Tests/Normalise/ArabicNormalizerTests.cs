using Pipeline.Normalise;

namespace Pipeline.Tests.Normalise;

public class ArabicNormalizerTests
{
    [TestCase("فاطمة", "فاطمه")]
    [TestCase("أحمد", "احمد")]
    [TestCase("إيران", "ايران")]
    [TestCase("آمال", "امال")]
    [TestCase("مصطفى", "مصطفي")]
    [TestCase("مسؤول", "مسوول")]
    [TestCase("رئيس", "رييس")]
    [TestCase("اتّهَمَ", "اتهم")]
    [TestCase("بـــيان", "بيان")]
    [TestCase("٢٠٢٤", "2024")]
    [TestCase("۱۴۰۲", "1402")]
    [TestCase("ﻻ", "لا")]
    [TestCase("نفى\u200F", "نفي")]
    [TestCase("کتاب", "كتاب")]
    [TestCase("NATO", "nato")]
    public void Folds_to_matching_form(string input, string expected) =>
        Assert.That(ArabicNormalizer.Normalize(input), Is.EqualTo(expected));

    [Test]
    public void Empty_input_gives_empty_output() => Assert.That(ArabicNormalizer.Normalize(""), Is.EqualTo(""));

    [Test]
    public void View_maps_every_normalised_range_back_to_the_original_text()
    {
        const string text = "قالَ الـوزيرُ ﻻ";
        var view = NormalizedText.Create(text);
        Assert.That(view.Text, Is.EqualTo("قال الوزير لا"));
        int at = view.Text.IndexOf("الوزير", StringComparison.Ordinal);
        var span = view.ToOriginal(at, at + "الوزير".Length);
        Assert.That(span.Of(text), Is.EqualTo("الـوزير"));
        int la = view.Text.IndexOf("لا", StringComparison.Ordinal);
        Assert.That(view.ToOriginal(la, la + 2).Of(text), Is.EqualTo("ﻻ"));
    }

    [Test]
    public void Random_input_never_throws_and_maps_inside_the_text()
    {
        var rng = new Random(7);
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[rng.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)rng.Next(0x20, 0xFEFF);
            var text = new string(chars);
            var view = NormalizedText.Create(text);
            for (int j = 0; j < view.Text.Length; j++)
            {
                var s = view.ToOriginal(j, j + 1);
                Assert.That(s.Start >= 0 && s.End <= text.Length && s.Start < s.End, Is.True);
            }
        }
    }
}
