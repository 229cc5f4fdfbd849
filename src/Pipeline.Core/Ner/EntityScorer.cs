using System.Text;

namespace Pipeline.Ner;

/// <summary>An entity span over token positions, half-open [Start, End).</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);

/// <summary>Counts of one entity type: true positives, predicted spans, gold spans.</summary>
public sealed record TypeScore(string Type, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity-level scores per type (sorted by type name) and micro-averaged.</summary>
public sealed record EntityScores(IReadOnlyList<TypeScore> PerType, TypeScore Micro)
{
    /// <summary>Lines in the layout of shared/eval/score_ner.py, so the two can be compared by eye.</summary>
    public string Format(int tokens)
    {
        var sb = new StringBuilder();
        foreach (var t in PerType)
            sb.AppendLine($"{t.Type,-5} gold {t.Gold,5} pred {t.Predicted,5}  P {t.Precision:F3} R {t.Recall:F3} F1 {t.F1:F3}");
        sb.Append($"tokens {tokens} | entity micro P {Micro.Precision:F3} R {Micro.Recall:F3} F1 {Micro.F1:F3}");
        return sb.ToString();
    }
}

/// <summary>
/// Exact-match entity scoring as conlleval/seqeval (and shared/eval/score_ner.py) count it: a span
/// opens at B-X, or at I-X when the running span is not of type X; it closes at O, at any B-, or at an
/// I- of another type. A predicted span counts when its start, end and type all equal a gold span.
/// </summary>
public static class EntityScorer
{
    public static HashSet<EntitySpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new HashSet<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string t = i < tags.Count ? tags[i] : NerTags.Outside;
            bool isB = t.StartsWith("B-", StringComparison.Ordinal), isI = t.StartsWith("I-", StringComparison.Ordinal);
            if (t == NerTags.Outside || isB || (isI && t[2..] != type))
            {
                if (start >= 0) spans.Add(new EntitySpan(start, i, type!));
                start = -1;
                type = null;
                if (isB || isI)
                {
                    start = i;
                    type = t[2..];
                }
            }
        }
        return spans;
    }

    /// <summary>Scores predicted tag sequences against gold ones, sentence by sentence.</summary>
    public static EntityScores Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var tp = new Dictionary<string, int>();
        var np = new Dictionary<string, int>();
        var ng = new Dictionary<string, int>();
        foreach (var (gold, pred) in sentences)
        {
            if (gold.Count != pred.Count)
                throw new ArgumentException($"A sentence has {gold.Count} gold tags but {pred.Count} predicted tags.");
            var g = Spans(gold);
            var p = Spans(pred);
            foreach (var s in g) Bump(ng, s.Type);
            foreach (var s in p) Bump(np, s.Type);
            foreach (var s in g.Where(p.Contains)) Bump(tp, s.Type);
        }
        var types = ng.Keys.Union(np.Keys).Order(StringComparer.Ordinal).ToList();
        var per = types.Select(t => new TypeScore(t, tp.GetValueOrDefault(t), np.GetValueOrDefault(t), ng.GetValueOrDefault(t))).ToList();
        var micro = new TypeScore("micro", per.Sum(s => s.TruePositives), per.Sum(s => s.Predicted), per.Sum(s => s.Gold));
        return new EntityScores(per, micro);
    }

    private static void Bump(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
