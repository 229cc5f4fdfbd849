using Pipeline.Claims;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Processing;
using Pipeline.Segment;
using Pipeline.Tests.Batch;
using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>The indexed content typer gives, for every range of words, what trying every phrase at every word gave.</summary>
public class ContentTyperIndexTests
{
    [Test]
    public void Every_range_is_typed_as_by_the_exhaustive_search()
    {
        var path = ModelPaths.Require(ModelPaths.Locate(), "content-cues.tsv");
        var typer = ContentTyper.Load(path);
        var phrases = TsvFile.Read(path).Select(r => (
            ArabicNormalizer.Normalize(r.Fields[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ClaimTypes.TryParse(r.Fields[1], out var t) ? t : throw new InvalidDataException(r.Fields[1]),
            int.Parse(r.Fields[2]))).ToArray();
        var text = string.Join("\n", ArticleFolder.Texts) + "\nقال إن الاتهامات لا أساس لها من الصحة وإنها افتراءات، وندد بالهجوم ودعا إلى التهدئة، ونفى أي علاقة.";
        var tokens = Tokenizer.Tokenize(text);
        int typed = 0;
        for (int first = 0; first < tokens.Count; first += 3)
        {
            for (int end = first + 1; end <= Math.Min(tokens.Count, first + 40); end += 2)
            {
                var expected = Exhaustive(phrases, tokens, first, end);
                Assert.That(typer.TypeOf(tokens, first, end), Is.EqualTo(expected), $"[{first},{end})");
                if (expected is not null) typed++;
            }
        }
        Assert.That(typed, Is.GreaterThan(0), "some ranges carry a content cue");
    }

    /// <summary>The search as first written: every phrase in file order, at every word of its window.</summary>
    private static ClaimType? Exhaustive((string[] Words, ClaimType Type, int Window)[] phrases, List<Token> tokens, int first, int end)
    {
        foreach (var (words, type, window) in phrases)
        {
            int words0 = 0;
            for (int i = first; i < end; i++)
            {
                if (!tokens[i].IsWord) continue;
                if (window > 0 && words0++ >= window) break;
                if (StartsAt(tokens, i, end, words)) return type;
            }
        }
        return null;
    }

    private static bool StartsAt(List<Token> tokens, int i, int end, string[] words)
    {
        int k = 0;
        for (int j = i; j < end && k < words.Length; j++)
        {
            if (!tokens[j].IsWord) continue;
            var t = tokens[j];
            bool last = k == words.Length - 1;
            bool ok = t.Norm == words[k] || t.Stem == words[k] || (k == 0 && t.HasConjunction && t.Norm[1..] == words[k])
                || (last && t.Norm.StartsWith(words[k], StringComparison.Ordinal) && words[k].Length >= 4);
            if (!ok) return false;
            k++;
        }
        return k == words.Length;
    }
}
