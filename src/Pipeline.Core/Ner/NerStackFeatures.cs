namespace Pipeline.Ner;

/// <summary>
/// Second-pass features of the stacked tagger: the first pass's tags around a token, and what the
/// first pass called the same stem elsewhere in the story (the sentences within <see cref="Window"/>
/// either side). A name spelt out once with a title (الرئيس جلال طالباني) is then recognised where it
/// stands alone (تصريحات طالباني). Pure and deterministic; hand-written because ML.NET has no
/// document-level featuriser.
/// </summary>
public static class NerStackFeatures
{
    /// <summary>Sentences either side that count as the same story (ANERcorp has no document boundaries).</summary>
    public const int Window = 15;

    private static readonly string[] Types = ["O", "PERS", "LOC", "ORG", "MISC"];

    /// <summary>Features per sentence and token, from every sentence's analysis and first-pass tags.</summary>
    public static List<string>[][] Compute(IReadOnlyList<NerTokenInfo[]> infos, IReadOnlyList<string[]> firstPass, int window = Window)
    {
        if (infos.Count != firstPass.Count) throw new ArgumentException("one first-pass tag sequence per sentence is needed", nameof(firstPass));
        // Per-sentence counts of first-pass types per stem; the window sums them.
        var perSentence = new Dictionary<string, int[]>[infos.Count];
        for (int s = 0; s < infos.Count; s++)
        {
            var d = perSentence[s] = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (int i = 0; i < infos[s].Length; i++)
            {
                if (!Counts(infos[s][i])) continue;
                if (!d.TryGetValue(infos[s][i].Stem, out var c)) d[infos[s][i].Stem] = c = new int[Types.Length];
                c[TypeIndex(firstPass[s][i])]++;
            }
        }
        var result = new List<string>[infos.Count][];
        var sum = new int[Types.Length];
        for (int s = 0; s < infos.Count; s++)
        {
            var tags = firstPass[s];
            result[s] = new List<string>[infos[s].Length];
            for (int i = 0; i < infos[s].Length; i++)
            {
                var f = result[s][i] = new List<string>(12);
                string t0 = tags[i], tp = i > 0 ? tags[i - 1] : "<s>", tn = i + 1 < tags.Length ? tags[i + 1] : "</s>";
                f.Add("f0=" + t0);
                f.Add("f-1=" + tp);
                f.Add("f+1=" + tn);
                f.Add("f-1|f0|f+1=" + tp + "|" + t0 + "|" + tn);
                if (!Counts(infos[s][i])) continue;
                Array.Clear(sum);
                for (int k = Math.Max(0, s - window); k <= Math.Min(infos.Count - 1, s + window); k++)
                    if (perSentence[k].TryGetValue(infos[s][i].Stem, out var c))
                        for (int t = 0; t < sum.Length; t++) sum[t] += c[t];
                sum[TypeIndex(t0)]--; // not the token itself
                string doc = Band(sum);
                f.Add("d=" + doc);
                f.Add("d|f0=" + doc + "|" + t0);
                for (int t = 1; t < Types.Length; t++) if (sum[t] > 0) f.Add("dany=" + Types[t]);
            }
        }
        return result;
    }

    /// <summary>Which entity type the other mentions of a stem mostly had, and how clearly.</summary>
    internal static string Band(int[] counts)
    {
        int n = counts.Sum();
        if (n == 0) return "none";
        int best = 1;
        for (int t = 2; t < Types.Length; t++) if (counts[t] > counts[best]) best = t;
        if (counts[best] == 0) return n >= 3 ? "O_f" : "O";
        double r = (double)counts[best] / n;
        return $"{Types[best]}_{(r >= 0.66 ? "hi" : r >= 0.33 ? "mid" : "lo")}";
    }

    /// <summary>Only word tokens of three letters or more take part in story counts (not في, not punctuation).</summary>
    private static bool Counts(NerTokenInfo t) => t.Stem.Length >= 3 && t.Shape is "A" or "L";

    private static int TypeIndex(string tag) => NerTags.TypeOf(tag) is { } type ? Array.IndexOf(Types, type) : 0;
}
