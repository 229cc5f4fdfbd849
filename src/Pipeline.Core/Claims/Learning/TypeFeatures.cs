using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// What the claim-type model sees of a candidate: the cue and the grammar's reading of it, the words of
/// the content (bag of its first <see cref="MaxContentWords"/> words, first words, pairs, words after a
/// negation, who opens it), the words round the cue, whether a quote carries it, the speaker's kind and
/// how many candidates share its sentence. Words are the tokenizer's stems (clitics off), so وأكدت and
/// أكد meet. The rest of the sentence is left out: it did not help (cross-validation) and would make a
/// sentence with many cues cost its length for each of them.
/// </summary>
public static class TypeFeatures
{
    /// <summary>How many words of the content are read: a run-on content costs no more than this.</summary>
    public const int MaxContentWords = 40;

    private static readonly uint WordPrefix = FeatureHash.Str("w"), Pair = FeatureHash.Str("ww"), Negated = FeatureHash.Str("neg");
    private static readonly uint[] WordAt = [.. Enumerable.Range(0, 4).Select(i => FeatureHash.Str("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public static void Fill(FeatureBag bag, Document d, TokenHashes h, Claim c, ClaimView v, int claimsInSentence, Mention[] sortedMentions)
    {
        var tokens = d.Tokens;
        bag.Add("bias");
        bag.Add("cue", c.CueLemma);
        bag.Add("g", c.Type.Name());
        bag.Add("cg", c.CueLemma, c.Type.Name());
        bag.Add("con", c.Construction);
        bag.Add("q", c.Quote is null ? "none" : c.QuoteDirect ? "direct" : "indirect");
        bag.Add("sk", Enum.GetName(c.Speaker.Kind));
        bag.Add("src", c.Speaker.Source);
        bag.Add("tg", c.Target is null ? "none" : Enum.GetName(c.Target.Kind));
        bag.Add("head", c.Sentence.Start == 0 ? "1" : "0");
        bag.Add("nsent", claimsInSentence >= 3 ? "3" : claimsInSentence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        bag.Add("clen", Bucket(v.ContentEnd - v.ContentFirst));
        if (v.Cue >= 0)
        {
            bag.Add("cn", tokens[v.Cue].Norm);
            for (int k = 1; k <= 2; k++)
            {
                if (v.Cue - k >= v.SentenceFirst) bag.Add("c-" + k, StemOf(tokens[v.Cue - k]));
                if (v.Cue + k < v.SentenceEnd) bag.Add("c+" + k, StemOf(tokens[v.Cue + k]));
            }
        }
        // who the content is about: a known actor or a titled body opening the reported clause (إن الحكومة فشلت)
        if (v.ContentFirst < v.ContentEnd && SortedMentions.StartingFrom(sortedMentions, tokens[v.ContentFirst].Start) is { } m
            && m.Start <= tokens[Math.Min(v.ContentFirst + 2, v.ContentEnd - 1)].Start)
        {
            bag.Add("subj", Enum.GetName(m.Kind));
            int after = ClaimView.Range(tokens, new TextSpan(m.End, c.Sentence.End)).First;
            if (after < v.ContentEnd) bag.Add("subjv", Enum.GetName(m.Kind), StemOf(tokens[after]));
        }
        bool negated = false;
        int word = 0;
        uint previous = 0;
        for (int i = v.ContentFirst; i < v.ContentEnd && word < MaxContentWords; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            string stem = StemOf(t);
            uint sh = h.Stem(i);
            bag.Add(WordPrefix, sh);
            // the stem's first three letters stand in for its root, so فشلت، أفشل… and rarer forms meet
            if (stem.Length >= 4) bag.Add("w3", stem.AsSpan(0, 3));
            if (word < 4) bag.Add(WordAt[word], h.Norm(i));
            if (word == 0) bag.Add("cw0", c.CueLemma, stem);
            if (previous != 0) bag.Add(Pair, previous, sh);
            if (negated) bag.Add(Negated, sh);
            negated = t.Norm is "لا" or "لم" or "لن" or "ليس" or "غير" or "عدم" or "ولا" or "ولم";
            previous = sh;
            word++;
        }
    }

    /// <summary>A token's stem, or its form when the stem is empty (a bare clitic).</summary>
    public static string StemOf(Token t) => t.Stem.Length > 0 ? t.Stem : t.Norm;

    /// <summary>The names of the size buckets counts and distances fall in (<see cref="BucketIndex"/>).</summary>
    public static readonly string[] BucketNames = ["2", "5", "10", "20", "more"];

    public static int BucketIndex(int n) => n switch { <= 2 => 0, <= 5 => 1, <= 10 => 2, <= 20 => 3, _ => 4 };

    public static string Bucket(int n) => BucketNames[BucketIndex(n)];
}
