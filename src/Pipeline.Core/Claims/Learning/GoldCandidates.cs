using Pipeline.Evaluation;
using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// Training candidates made from gold claims the grammar found no candidate for: the gold strings are
/// located in the article (the content, then the cue before it and the speaker nearest it), so the type
/// and target models also learn from the claims the grammar misses. Only for training: at run time
/// the candidates come from the grammar.
/// </summary>
public static class GoldCandidates
{
    /// <summary>A candidate for each gold claim of <paramref name="a"/> not in <paramref name="matchedGold"/> whose strings are found in its sentence.</summary>
    public static List<(Claim Claim, GoldClaim Gold)> Locate(TrainingArticle a, ISet<int> matchedGold, ClaimLearningParts parts)
    {
        var d = a.Document;
        var text = d.Text;
        var list = new List<(Claim, GoldClaim)>();
        for (int g = 0; g < a.Gold.Count; g++)
        {
            var gold = a.Gold[g];
            if (matchedGold.Contains(g) || string.IsNullOrEmpty(gold.Content)) continue;
            int cs = text.IndexOf(gold.Content, StringComparison.Ordinal);
            if (cs < 0 || SentenceAt(d, cs) is not { } s) continue;
            var content = new TextSpan(cs, Math.Min(s.End, cs + gold.Content.Length));
            var cue = new TextSpan(cs, cs);
            if (!string.IsNullOrEmpty(gold.Cue))
            {
                int k = text.LastIndexOf(gold.Cue, Math.Max(cs - 1, 0), Math.Max(cs - s.Start, 0), StringComparison.Ordinal);
                if (k < 0) k = text.IndexOf(gold.Cue, s.Start, s.End - s.Start, StringComparison.Ordinal);
                if (k >= 0) cue = new TextSpan(k, k + gold.Cue.Length);
            }
            int sp = text.LastIndexOf(gold.Speaker, Math.Max(cs - 1, 0), StringComparison.Ordinal);
            if (sp < 0) sp = text.IndexOf(gold.Speaker, StringComparison.Ordinal);
            if (sp < 0 || gold.Speaker.Length == 0) continue;
            var (first, end) = ClaimView.Range(d.Tokens, new TextSpan(sp, sp + gold.Speaker.Length));
            if (end <= first) continue;
            var speaker = parts.Resolver.Resolve(d, first, end, "gold");
            var (cueToken, _) = ClaimView.Range(d.Tokens, cue);
            var entry = cue.IsEmpty || cueToken >= d.Tokens.Count ? null : parts.Lexicon.Match(d.Tokens, cueToken)?.Entry;
            string construction = sp < s.Start ? "continuation" : cue.IsEmpty ? "headline" : sp > cue.Start ? "verb-subject" : "subject-first";
            var claim = new Claim
            {
                Type = entry?.Type ?? ClaimType.Statement,
                Speaker = speaker,
                Content = content,
                Cue = cue,
                CueLemma = entry?.Lemma ?? (cue.IsEmpty ? "" : d.Tokens[cueToken].Norm),
                Sentence = s.Span,
                Construction = construction,
            };
            list.Add((claim, gold));
        }
        return list;
    }

    private static Sentence? SentenceAt(Document d, int position)
    {
        int lo = 0, hi = d.Sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (d.Sentences[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo < d.Sentences.Count && d.Sentences[lo].Start <= position ? d.Sentences[lo] : null;
    }
}
