using Pipeline.Normalise;

namespace Pipeline.Tests.Normalise;

/// <summary>The normalised view keeps only the points where its offset map shifts; it must map every character as a per-character map would.</summary>
public class NormalizedTextMapTests
{
    // Letters, marks the normaliser drops (tashkeel, tatweel, zero-width and direction controls),
    // ligatures it expands, and ordinary characters.
    private const string Pool = "قالوزيرأإآةى ،.«»\u064E\u064F\u0650\u0651\u0652\u0640\u200C\u200D\u200F\u202BﻻﻷﷲABc1٣";

    [TestCase("")]
    [TestCase("قال الوزير")]
    [TestCase("قالَ الـوزيرُ ﻻ")]
    [TestCase("\u064E\u064Eقال")]
    [TestCase("ﻻﻻﻻ")]
    [TestCase("قال\u0640\u0640")]
    public void Maps_each_character_to_where_it_came_from(string text) => AssertMapsLikeOracle(text);

    [Test]
    public void Maps_random_mixes_of_dropped_expanded_and_plain_characters_like_a_per_character_map()
    {
        var rng = new Random(11);
        for (int n = 0; n < 500; n++)
        {
            var chars = new char[rng.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Pool[rng.Next(Pool.Length)];
            AssertMapsLikeOracle(new string(chars));
        }
    }

    [Test]
    public void A_range_over_a_dropped_mark_covers_the_mark()
    {
        const string text = "كتبَ";
        var view = NormalizedText.Create(text);
        Assert.That(view.ToOriginal(0, view.Text.Length).Of(text), Is.EqualTo("كتب"), "the trailing mark is not part of the last letter's range");
        Assert.That(NormalizedText.Create("كَتب").ToOriginal(0, 3).Of("كَتب"), Is.EqualTo("كَتب"), "an inner mark is inside the range");
    }

    private static void AssertMapsLikeOracle(string text)
    {
        // The oracle: normalise character by character, remembering where each output character came from.
        var expected = new System.Text.StringBuilder();
        var sources = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            foreach (char c in ArabicNormalizer.Normalize(text[i].ToString()))
            {
                expected.Append(c);
                sources.Add(i);
            }
        }
        var view = NormalizedText.Create(text);
        Assert.That(view.Text, Is.EqualTo(expected.ToString()), text);
        for (int j = 0; j < view.Text.Length; j++)
            Assert.That(view.ToOriginal(j, j + 1), Is.EqualTo(new Pipeline.Text.TextSpan(sources[j], sources[j] + 1)), $"character {j} of «{text}»");
    }
}

public class DocumentNormalizedViewTests
{
    [Test]
    public void A_document_makes_its_normalised_view_once_on_first_use()
    {
        var document = new Pipeline.Text.Document("d", "قالَ الـوزيرُ", new Pipeline.Text.ArticleMeta());
        var view = document.Normalized;
        Assert.That(view.Text, Is.EqualTo("قال الوزير"));
        Assert.That(document.Normalized, Is.SameAs(view));
    }
}
