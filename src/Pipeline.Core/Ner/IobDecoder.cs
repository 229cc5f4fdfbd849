namespace Pipeline.Ner;

/// <summary>
/// Viterbi decoding of a tag sequence under IOB2 constraints (I-X only after B-X or I-X). Scores are
/// log-probabilities <c>scores[i][prev, tag]</c>, where <c>prev</c> = <see cref="NerTags.Count"/> is the
/// sentence start; a model without previous-tag features gives the same row for every prev.
/// Hand-written: first-order Viterbi with a transition mask is a few lines and no ML.NET component does it.
/// </summary>
public static class IobDecoder
{
    public static int Start => NerTags.Count;

    private static readonly bool[,] Allowed = BuildAllowed();

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="prev"/> (<see cref="Start"/> for the sentence start).</summary>
    public static bool IsAllowed(int prev, int tag) => Allowed[prev, tag];

    public static string[] Decode(IReadOnlyList<double[,]> scores)
    {
        int n = scores.Count, c = NerTags.Count;
        if (n == 0) return [];
        var delta = new double[n, c];
        var back = new int[n, c];
        for (int t = 0; t < c; t++)
            delta[0, t] = Allowed[Start, t] ? scores[0][Start, t] : double.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < c; t++)
            {
                double best = double.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < c; p++)
                {
                    if (!Allowed[p, t] || double.IsNegativeInfinity(delta[i - 1, p])) continue;
                    double v = delta[i - 1, p] + scores[i][p, t];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }
                delta[i, t] = best;
                back[i, t] = arg;
            }
        }
        int last = 0;
        for (int t = 1; t < c; t++)
            if (delta[n - 1, t] > delta[n - 1, last]) last = t;
        var tags = new string[n];
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = NerTags.All[last];
            last = back[i, last];
        }
        return tags;
    }

    private static bool[,] BuildAllowed()
    {
        int c = NerTags.Count;
        var a = new bool[c + 1, c];
        for (int p = 0; p <= c; p++)
            for (int t = 0; t < c; t++)
                a[p, t] = NerTags.IsAllowed(p == c ? null : NerTags.All[p], NerTags.All[t]);
        return a;
    }
}
