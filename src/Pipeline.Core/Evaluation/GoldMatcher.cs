namespace Pipeline.Evaluation;

/// <summary>The result of one matching pass: true positives per gold type, predictions and gold claims per type.</summary>
public sealed class MatchCounts
{
    public Dictionary<string, int> TruePositives { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Predicted { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Gold { get; } = new(StringComparer.Ordinal);

    /// <summary>Gold claims left unmatched, in score.py's order.</summary>
    public List<GoldClaim> Misses { get; } = [];

    /// <summary>The predicted claims (by <see cref="PredClaim.Index"/>) that matched a gold claim.</summary>
    public HashSet<int> MatchedPredictions { get; } = [];

    public int Count(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
}

/// <summary>
/// score.py's <c>pair_score</c> and <c>match</c>: one-to-one greedy matching inside each document,
/// highest content overlap first; ties go as Python's reverse sort of (score, gold index, pred index) puts them.
/// </summary>
public static class GoldMatcher
{
    /// <summary>The content overlap of a gold/predicted pair, or null when they cannot match.</summary>
    public static double? PairScore(GoldClaim g, PredClaim p, bool typed, bool needContent = true)
    {
        if (typed && g.Type != p.Type) return null;
        if (!SpeakersMatch(g.SpeakerWords, p.SpeakerWords)) return null;
        if (g.NeedsTarget)
        {
            var pt = p.TargetWords;
            if (pt.Count == 0 || ScoreWords.Overlap(pt, g.TargetWords) == 0 && ScoreWords.Overlap(g.TargetWords, pt) == 0) return null;
        }
        double c = ContentOverlap(g, p.ContentWords);
        if (needContent && c < 0.5) return null;
        return c;
    }

    /// <summary>score.py's speaker rule: the gold speaker has words and shares one with the predicted speaker, either way.</summary>
    public static bool SpeakersMatch(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) =>
        gold.Count > 0 && (ScoreWords.Overlap(predicted, gold) > 0 || ScoreWords.Overlap(gold, predicted) > 0);

    /// <summary>score.py's content rule: the share of the gold content's words found in the predicted content and quote (1 when the gold has none).</summary>
    public static double ContentOverlap(GoldClaim g, IReadOnlyList<string> predicted) =>
        g.ContentWords.Count > 0 ? ScoreWords.Overlap(g.ContentWords, predicted) : 1.0;

    public static MatchCounts Match(
        IReadOnlyDictionary<string, List<GoldClaim>> gold,
        IReadOnlyDictionary<string, List<PredClaim>> pred,
        bool typed,
        bool needContent = true)
    {
        var result = new MatchCounts();
        foreach (var (doc, gl) in gold)
        {
            var pl = pred.TryGetValue(doc, out var l) ? l : [];
            var cands = new List<(double S, int I, int J)>();
            for (int i = 0; i < gl.Count; i++)
            {
                for (int j = 0; j < pl.Count; j++)
                {
                    if (PairScore(gl[i], pl[j], typed, needContent) is { } s) cands.Add((s, i, j));
                }
            }
            // Python: cands.sort(reverse=True) on (score, i, j) tuples.
            cands.Sort((a, b) => b.S != a.S ? b.S.CompareTo(a.S) : b.I != a.I ? b.I.CompareTo(a.I) : b.J.CompareTo(a.J));
            var usedG = new HashSet<int>();
            var usedP = new HashSet<int>();
            foreach (var (_, i, j) in cands)
            {
                if (usedG.Contains(i) || usedP.Contains(j)) continue;
                usedG.Add(i);
                usedP.Add(j);
                Add(result.TruePositives, gl[i].Type);
                result.MatchedPredictions.Add(pl[j].Index);
            }
            for (int i = 0; i < gl.Count; i++)
            {
                Add(result.Gold, gl[i].Type);
                if (!usedG.Contains(i)) result.Misses.Add(gl[i]);
            }
            foreach (var p in pl) Add(result.Predicted, p.TypeKey);
        }
        return result;
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
