using Pipeline.Evaluation;

namespace Pipeline.Training;

/// <summary>A claim with its label and the confidence a model gave it.</summary>
public sealed record ScoredClaim(LabelledClaim Claim, double Confidence);

/// <summary>How well confidences rank and separate correct from wrong claims.</summary>
public sealed record SeparationScores(int Claims, int Correct, double Auc, int Above, double PrecisionAbove, int Below, double PrecisionBelow);

/// <summary>Dev scores when claims under a confidence floor are dropped.</summary>
public sealed record FloorScores(double Floor, int Kept, double MicroP, double MicroR, double MicroF1);

/// <summary>
/// Metrics of the confidence: AUC (hand-written rank statistic, because ML.NET's evaluator throws on a
/// fold without both classes and cannot pool folds), precision above and below the review threshold, and
/// score.py's micro scores after dropping low-confidence claims.
/// </summary>
public static class ConfidenceMetrics
{
    public static SeparationScores Separation(IReadOnlyList<ScoredClaim> scored, double threshold)
    {
        var above = scored.Where(s => s.Confidence >= threshold).ToList();
        var below = scored.Where(s => s.Confidence < threshold).ToList();
        return new SeparationScores(
            scored.Count, scored.Count(s => s.Claim.Label), Auc(scored),
            above.Count, Precision(above), below.Count, Precision(below));
    }

    /// <summary>P(a random correct claim scores above a random wrong one), ties counting half; NaN without both classes.</summary>
    public static double Auc(IReadOnlyList<ScoredClaim> scored)
    {
        var ordered = scored.OrderBy(s => s.Confidence).ToList();
        long pos = ordered.Count(s => s.Claim.Label), neg = ordered.Count - pos;
        if (pos == 0 || neg == 0) return double.NaN;
        double rankSum = 0;
        for (int i = 0; i < ordered.Count;)
        {
            int j = i;
            while (j < ordered.Count && ordered[j].Confidence == ordered[i].Confidence) j++;
            double midRank = (i + 1 + j) / 2.0;
            rankSum += midRank * ordered.Skip(i).Take(j - i).Count(s => s.Claim.Label);
            i = j;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / (pos * neg);
    }

    /// <summary>score.py's micro P/R/F1 over <paramref name="gold"/> when only claims with confidence ≥ floor are kept.</summary>
    public static FloorScores AtFloor(IReadOnlyList<ScoredClaim> scored, IReadOnlyDictionary<string, List<GoldClaim>> gold, double floor)
    {
        var kept = scored.Where(s => s.Confidence >= floor).ToList();
        var pred = new Dictionary<string, List<PredClaim>>(StringComparer.Ordinal);
        foreach (var s in kept)
        {
            if (!pred.TryGetValue(s.Claim.Doc, out var list)) pred[s.Claim.Doc] = list = [];
            list.Add(s.Claim.Pred);
        }
        var e = ClaimEvaluation.Score(gold, pred);
        return new FloorScores(floor, kept.Count, e.MicroP, e.MicroR, e.MicroF1);
    }

    private static double Precision(List<ScoredClaim> s) => s.Count == 0 ? double.NaN : (double)s.Count(x => x.Claim.Label) / s.Count;
}
