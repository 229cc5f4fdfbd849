using Pipeline.Text;

namespace Pipeline.Tests.Segment;

/// <summary>What must hold for any text: sentences ordered, trimmed, inside the text, and partitioning the tokens.</summary>
internal static class SegmentInvariants
{
    public static void Check(string text, List<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int nextToken = 0, lastEnd = 0;
        foreach (var s in sentences)
        {
            Assert.That(s.Start, Is.GreaterThanOrEqualTo(lastEnd), $"sentence {s} overlaps the one before");
            Assert.That(s.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(s.End, Is.GreaterThan(s.Start));
            Assert.That(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), Is.False, $"sentence {s} is not trimmed");
            Assert.That(s.FirstToken, Is.EqualTo(nextToken), $"sentence {s} skips or repeats tokens");
            Assert.That(s.EndToken, Is.GreaterThan(s.FirstToken));
            Assert.That(tokens[s.FirstToken].Start, Is.EqualTo(s.Start));
            Assert.That(tokens[s.EndToken - 1].End, Is.EqualTo(s.End));
            nextToken = s.EndToken;
            lastEnd = s.End;
        }
        Assert.That(nextToken, Is.EqualTo(tokens.Count), "tokens after the last sentence");
    }
}
