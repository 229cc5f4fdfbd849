using System.Text;
using Pipeline.Normalise;

namespace Pipeline.Tests.Normalise;

/// <summary>The table-driven fast paths give what the per-character rules give, offsets included.</summary>
public class NormalizerTablesTests
{
    [Test]
    public void Random_text_folds_and_maps_as_the_per_character_rules_do()
    {
        var random = new Random(11);
        // Arabic letters and marks, digits, Latin, spaces, zero-width and bidi marks, presentation forms
        char[] pool = [.. Enumerable.Range(0x0600, 0x100).Select(c => (char)c), .. "AZaz09 \n\t.,«»", '\u200C', '\u200F', '\u202B', '\uFEFF', '\u00AD', '\uFEFB', '\uFE8D', '\uFDF2', '\uFB50', '\u06CC', '\u06A9'];
        for (int n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            var (expected, sources) = Reference(text);

            Assert.That(ArabicNormalizer.Normalize(text), Is.EqualTo(expected), text);
            var view = NormalizedText.Create(text);
            Assert.That(view.Text, Is.EqualTo(expected), text);
            for (int j = 0; j < expected.Length; j++)
            {
                var span = view.ToOriginal(j, j + 1);
                Assert.That((span.Start, span.End), Is.EqualTo((sources[j], sources[j] + 1)), text);
            }
        }
    }

    /// <summary>One character at a time through <see cref="ArabicNormalizer.Append"/>, as the view was first built.</summary>
    private static (string Text, List<int> Sources) Reference(string text)
    {
        var sb = new StringBuilder();
        var sources = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            int added = ArabicNormalizer.Append(text[i], sb);
            for (int k = 0; k < added; k++) sources.Add(i);
        }
        return (sb.ToString(), sources);
    }
}
