namespace Pipeline.Evaluation;

/// <summary>
/// Where gold claims are lost: each gold claim goes in the first class that explains it, judged against
/// every prediction of its document with score.py's word rules. <c>eval claims --why</c> prints it.
/// </summary>
public static class LossTable
{
    public static readonly string[] Causes =
    [
        "found",
        "right claim, wrong type",
        "right speaker and content, target missing or wrong",
        "right speaker, content span too short",
        "no predicted claim with the gold speaker at that content",
        "nothing predicted at that content",
    ];

    /// <summary>How many gold claims fall in each cause, in the order of <see cref="Causes"/>.</summary>
    public static int[] Count(IReadOnlyDictionary<string, List<GoldClaim>> gold, IReadOnlyDictionary<string, List<PredClaim>> pred)
    {
        var counts = new int[Causes.Length];
        var typed = GoldMatcher.Match(gold, pred, typed: true);
        var missed = new HashSet<GoldClaim>(typed.Misses, ReferenceEqualityComparer.Instance);
        foreach (var (doc, gl) in gold)
        {
            var pl = pred.TryGetValue(doc, out var l) ? l : [];
            foreach (var g in gl) counts[missed.Contains(g) ? Cause(g, pl) : 0]++;
        }
        return counts;
    }

    private static int Cause(GoldClaim g, List<PredClaim> pl)
    {
        if (pl.Any(p => GoldMatcher.PairScore(g, p, typed: false) is not null)) return 1;
        if (pl.Any(p => Speaker(g, p) && Content(g, p) >= 0.5)) return 2;
        if (pl.Any(p => Speaker(g, p) && Content(g, p) > 0)) return 3;
        if (pl.Any(p => Content(g, p) >= 0.5)) return 4;
        return 5;
    }

    private static bool Speaker(GoldClaim g, PredClaim p) => GoldMatcher.SpeakersMatch(g.SpeakerWords, p.SpeakerWords);

    private static double Content(GoldClaim g, PredClaim p) => GoldMatcher.ContentOverlap(g, p.ContentWords);

    public static string Text(int[] counts)
    {
        int total = counts.Sum();
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{"cause",-58} {"claims",7} {"share",6}");
        for (int i = 0; i < Causes.Length; i++)
            sb.AppendLine($"{Causes[i],-58} {counts[i],7} {(total == 0 ? 0 : 100.0 * counts[i] / total),5:0}%");
        return sb.ToString();
    }
}
