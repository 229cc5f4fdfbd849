using Pipeline.Text;
using static Pipeline.Claims.Learning.FeatureHash;

namespace Pipeline.Claims.Learning;

/// <summary>
/// What the target model sees of one word of a claim's sentence as the claim's target: the word, its
/// clitics, the words round it, where it stands against the cue and the content (first word of the
/// content, after إن/أن, after على/إلى/ل), whether a known actor or the grammar's own target covers it,
/// each also paired with the claim's type, since whom an appeal names and whom an accusation names sit
/// in different places. Words come as hashes from <see cref="TokenHashes"/>: this runs for every word
/// near every claim, and hashing each word once keeps it cheap.
/// </summary>
public static class TargetFeatures
{
    private static readonly uint Bias = Str("bias"), Ty = Str("ty"), W = Str("w"), Tw = Str("tw"), Pre = Str("pre"), TPre = Str("tpre"),
        Suf = Str("suf"), R = Str("r"), Tr = Str("tr"), Ci = Str("ci"), Tci = Str("tci"), D = Str("d"), Td = Str("td"), CueW = Str("cuew"),
        P1 = Str("p1"), Tp1 = Str("tp1"), P2 = Str("p2"), N1 = Str("n1"), Tn1 = Str("tn1"), Art = Str("art"), M = Str("m"), Tm = Str("tm"),
        MFirst = Str("mfirst"), Gt = Str("gt"), Tgt = Str("tgt"), Start = Str("<s>"), End = Str("</s>"), Far = Str("far"),
        Before = Str("before"), Between = Str("between"), Content = Str("content"), After = Str("after"), Yes = Str("1"), No = Str("0"),
        First = Str("first"), In = Str("in");

    private static readonly uint[] Small = [.. Enumerable.Range(0, 8).Select(i => Str(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    private static readonly uint[] AfterBuckets = [.. TypeFeatures.BucketNames.Select(b => Str(b))];
    private static readonly uint[] BeforeBuckets = [.. TypeFeatures.BucketNames.Select(b => Str("-" + b))];

    private static readonly uint[] Kinds = [.. Enum.GetNames<MentionKind>().Select(n => Str(n))];

    /// <summary>Adds the features of token <paramref name="i"/> as the target of <paramref name="c"/> read as a claim of type <paramref name="ty"/> (its name's hash).</summary>
    public static void Fill(FeatureBag bag, Document d, TokenHashes h, Claim c, ClaimView v, uint ty, uint cueLemma, int i, int contentWord, Mention? mention)
    {
        var tokens = d.Tokens;
        var t = tokens[i];
        uint stem = h.Stem(i);
        bag.Add(Bias, 0);
        bag.Add(Ty, ty);
        bag.Add(W, stem);
        bag.Add(Tw, ty, stem);
        bag.Add(Pre, h.Prefix(i));
        bag.Add(TPre, ty, h.Prefix(i));
        bag.Add(Suf, h.Suffix(i));
        uint region = v.Cue >= 0 && i < v.Cue ? Before : i < v.ContentFirst ? Between : i < v.ContentEnd ? Content : After;
        bag.Add(R, region);
        bag.Add(Tr, ty, region);
        if (region == Content)
        {
            uint ci = Small[Math.Min(contentWord, 6)];
            bag.Add(Ci, ci);
            bag.Add(Tci, ty, ci);
        }
        if (v.Cue >= 0)
        {
            int dist = i - v.Cue;
            uint db = dist < 0 ? BeforeBuckets[TypeFeatures.BucketIndex(-dist)] : AfterBuckets[TypeFeatures.BucketIndex(dist)];
            bag.Add(D, db);
            bag.Add(Td, ty, db);
            bag.Add(CueW, cueLemma, dist is > 0 and <= 3 ? Small[dist] : Far);
        }
        uint p1 = i - 1 >= v.SentenceFirst ? h.Norm(i - 1) : Start;
        uint p2 = i - 2 >= v.SentenceFirst ? h.Norm(i - 2) : Start;
        uint n1 = i + 1 < v.SentenceEnd ? h.Norm(i + 1) : End;
        bag.Add(P1, p1);
        bag.Add(Tp1, ty, p1);
        bag.Add(P2, p2);
        bag.Add(N1, n1);
        bag.Add(Tn1, ty, n1);
        bag.Add(Art, t.HasArticle ? Yes : No);
        if (mention is not null)
        {
            uint kind = Kinds[(int)mention.Kind];
            bag.Add(M, kind);
            bag.Add(Tm, ty, kind);
            bag.Add(MFirst, t.Start == mention.Start ? Yes : No);
        }
        if (c.Target is { } g && t.Start >= g.Start && t.End <= g.End)
        {
            bag.Add(Gt, t.Start == g.Start ? First : In);
            bag.Add(Tgt, ty);
        }
    }
}
