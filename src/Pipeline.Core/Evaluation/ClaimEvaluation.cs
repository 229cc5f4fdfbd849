namespace Pipeline.Evaluation;

/// <summary>Precision, recall and F1 of one type, as score.py reports them (rounded to 3 places).</summary>
public sealed record TypeScore(string Type, int Gold, int Pred, int Tp, double P, double R, double F1);

/// <summary>
/// Every figure score.py prints: per-type scores, micro P/R/F1, who-accused-whom, who-denied-what and
/// any-type F1. Rounded with Python's <c>round(x, 3)</c> so that the printed numbers are identical.
/// </summary>
public sealed record ClaimEvaluation(
    int Docs,
    int DocsWithPredictions,
    int BadLines,
    IReadOnlyList<TypeScore> Types,
    double MicroP,
    double MicroR,
    double MicroF1,
    double WhoAccusedWhomF1,
    double WhoDeniedWhatF1,
    double AnyTypeF1,
    IReadOnlyList<GoldClaim> Misses,
    IReadOnlySet<int> MatchedPredictions)
{
    public static readonly string[] TypeOrder = ["accusation", "denial", "condemnation", "appeal", "statement", "responsibility"];

    public static ClaimEvaluation Score(
        IReadOnlyDictionary<string, List<GoldClaim>> gold,
        IReadOnlyDictionary<string, List<PredClaim>> pred,
        int badLines = 0)
    {
        var typed = GoldMatcher.Match(gold, pred, typed: true);
        var types = new List<TypeScore>();
        foreach (var t in TypeOrder)
        {
            int tp = typed.Count(typed.TruePositives, t), np = typed.Count(typed.Predicted, t), ng = typed.Count(typed.Gold, t);
            if (ng == 0 && np == 0) continue;
            var (p, r, f) = Prf(tp, np, ng);
            types.Add(new TypeScore(t, ng, np, tp, PythonFloat.Round3(p), PythonFloat.Round3(r), PythonFloat.Round3(f)));
        }
        var micro = Prf(typed.TruePositives.Values.Sum(), typed.Predicted.Values.Sum(), typed.Gold.Values.Sum());
        var who = GoldMatcher.Match(Only(gold, "accusation"), Only(pred, "accusation"), typed: true, needContent: false);
        var denied = GoldMatcher.Match(Only(gold, "denial"), Only(pred, "denial"), typed: true, needContent: true);
        var any = GoldMatcher.Match(gold, pred, typed: false);
        return new ClaimEvaluation(
            gold.Count,
            gold.Keys.Count(d => pred.TryGetValue(d, out var l) && l.Count > 0),
            badLines,
            types,
            PythonFloat.Round3(micro.P),
            PythonFloat.Round3(micro.R),
            PythonFloat.Round3(micro.F),
            PythonFloat.Round3(Prf(who.Count(who.TruePositives, "accusation"), who.Count(who.Predicted, "accusation"), who.Count(who.Gold, "accusation")).F),
            PythonFloat.Round3(Prf(denied.Count(denied.TruePositives, "denial"), denied.Count(denied.Predicted, "denial"), denied.Count(denied.Gold, "denial")).F),
            PythonFloat.Round3(Prf(any.TruePositives.Values.Sum(), any.Predicted.Values.Sum(), any.Gold.Values.Sum()).F),
            typed.Misses,
            typed.MatchedPredictions);
    }

    /// <summary>score.py's <c>prf</c>.</summary>
    public static (double P, double R, double F) Prf(int tp, int np, int ng)
    {
        double p = np > 0 ? (double)tp / np : 0.0;
        double r = ng > 0 ? (double)tp / ng : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    private static Dictionary<string, List<GoldClaim>> Only(IReadOnlyDictionary<string, List<GoldClaim>> gold, string type) =>
        gold.ToDictionary(kv => kv.Key, kv => kv.Value.Where(g => g.Type == type).ToList(), StringComparer.Ordinal);

    private static Dictionary<string, List<PredClaim>> Only(IReadOnlyDictionary<string, List<PredClaim>> pred, string type) =>
        pred.ToDictionary(kv => kv.Key, kv => kv.Value.Where(p => p.Type == type).ToList(), StringComparer.Ordinal);
}
