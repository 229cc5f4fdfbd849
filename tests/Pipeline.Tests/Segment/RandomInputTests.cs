using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Segment;

public class RandomInputTests
{
    private const string Alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآءئؤـ       \n\n\"“”«»″„‘’‹›＂‟‛'`.!?؟…۔؛،,:()0123456789٣٫ABCxyz\u200F\u064E\r";

    [Test]
    public void Random_text_never_throws_and_keeps_every_invariant()
    {
        var rng = new Random(20261128);
        for (int n = 0; n < 500; n++)
        {
            var chars = new char[rng.Next(0, 400)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[rng.Next(Alphabet.Length)];
            string text = new(chars);

            var quotations = QuotePairer.Pair(text, new QuoteLimits { MaxChars = rng.Next(1, 300), MaxParagraphs = rng.Next(1, 4) });
            CheckQuotations(text, quotations);
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSegmenter.Segment(text, tokens, quotations);
            SegmentInvariants.Check(text, tokens, sentences);
        }
    }

    private static void CheckQuotations(string text, List<Quotation> quotations)
    {
        for (int i = 0; i < quotations.Count; i++)
        {
            var q = quotations[i];
            Assert.That(q.Open.Start >= 0 && q.Close.End <= text.Length, Is.True, $"{q} outside the text");
            Assert.That(Tokenizer.IsQuoteMark(text[q.Open.Start]), Is.True);
            Assert.That(q.Inner.Of(text).Trim(), Is.Not.Empty);
            if (i > 0) Assert.That(q.Open.Start, Is.GreaterThan(quotations[i - 1].Open.Start), "quotations out of order");
            for (int j = 0; j < i; j++)
            {
                var p = quotations[j].Outer;
                bool crosses = p.Start < q.Outer.Start && q.Outer.Start < p.End && p.End < q.Outer.End;
                Assert.That(crosses, Is.False, $"{quotations[j]} crosses {q}");
            }
        }
    }
}
