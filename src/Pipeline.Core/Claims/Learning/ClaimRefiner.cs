using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// Applies the learned decisions to the grammar's candidates: keeps a candidate only when the type model
/// calls it a claim, gives it the model's type, and for every type but statement names as target the
/// word of its sentence the target model scores highest, widened to the known actor or noun phrase it
/// starts. The claim's confidence is the model's probability of the claim's type.
/// </summary>
public sealed class ClaimRefiner(LearnedClaimModel model, NounPhrases phrases, MentionResolver resolver, CueCandidates? cueCandidates = null)
{
    /// <summary>How far before the cue and after the content's start a target is looked for (words), so a run-on sentence costs linear time.</summary>
    public const int WindowBefore = 12;
    public const int WindowAfter = 30;

    public LearnedClaimModel Model => model;

    [ThreadStatic] private static FeatureBag? typeBag;
    [ThreadStatic] private static FeatureBag? targetBag;
    [ThreadStatic] private static TokenHashes? hashes;

    public List<Claim> Refine(Document d, IReadOnlyList<Claim> grammar, CancellationToken cancellationToken = default)
    {
        var mentions = SortedMentions.Of(d);
        var candidates = Candidates(d, grammar, mentions, cancellationToken);
        var kept = new List<Claim>(candidates.Count);
        if (candidates.Count == 0) return kept;
        var perSentence = new Dictionary<int, int>();
        foreach (var c in candidates) perSentence[c.Sentence.Start] = perSentence.GetValueOrDefault(c.Sentence.Start) + 1;
        var bag = typeBag ??= new FeatureBag(LearnedClaimModel.TypeBits);
        var h = hashes ??= new TokenHashes();
        h.Reset(d);
        Span<double> probs = stackalloc double[LearnedClaimModel.TypeClasses.Length];
        foreach (var c in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var v = ClaimView.Of(d, c);
            bag.Clear();
            TypeFeatures.Fill(bag, d, h, c, v, perSentence[c.Sentence.Start], mentions);
            model.Type.Predict(bag.AsSpan(), probs);
            double claim = 1 - probs[0];
            int best = 1, second = -1;
            for (int k = 2; k < probs.Length; k++) if (probs[k] > probs[best]) best = k;
            for (int k = 1; k < probs.Length; k++) if (k != best && (second < 0 || probs[k] > probs[second])) second = k;
            // The best type when the candidate is a claim at all; a second type as a second claim when it is
            // itself likely enough (a claim with success probability q raises the expected F1 when q exceeds
            // about half the F1: Lipton et al. 2014), so a doubtful reading goes to review instead of being lost.
            if (claim >= model.KeepThreshold || probs[best] >= model.TypeThreshold)
                kept.Add(Typed(d, h, c, v, best, probs[best], mentions));
            if (probs[second] >= model.TypeThreshold)
                kept.Add(Typed(d, h, c, v, second, probs[second], mentions));
        }
        return kept;
    }

    private Claim Typed(Document d, TokenHashes h, Claim c, ClaimView v, int typeClass, double probability, Mention[] mentions)
    {
        var type = LearnedClaimModel.TypeOfClass(typeClass);
        var target = type == ClaimType.Statement ? null : ChooseTarget(d, h, c, v, type, mentions);
        return c with { Type = type, Target = target, Confidence = probability, Content = model.WidenContent ? Widened(d, c) : c.Content };
    }

    /// <summary>The grammar's claims in text order, and the claims of the cues it left, when the model has a speaker model.</summary>
    public List<Claim> Candidates(Document d, IReadOnlyList<Claim> grammar, Mention[] sortedMentions, CancellationToken cancellationToken = default)
    {
        var ordered = grammar.OrderBy(c => c.Cue.Start).ToList();
        return model.Speaker is { } speaker && cueCandidates is not null
            ? cueCandidates.Expand(d, ordered, speaker, model.SpeakerThreshold, sortedMentions, cancellationToken)
            : ordered;
    }

    /// <summary>
    /// The content run on to the end of the sentence: what is said after the grammar's content (a second
    /// clause, the object of the act) is part of the claim more often than not.
    /// </summary>
    private static TextSpan? Widened(Document d, Claim c)
    {
        if (c.Content is not { } content) return null;
        int start = content.Start;
        if (c.Cue.End <= content.Start && c.Cue.End >= c.Speaker.End) start = Math.Min(start, c.Cue.End);
        var widened = new TextSpan(start, Math.Max(content.End, c.Sentence.End)).Trim(d.Text);
        return widened.IsEmpty ? content : widened;
    }

    /// <summary>The target the model prefers for <paramref name="c"/> read as <paramref name="type"/>, or null when no word scores high enough.</summary>
    public Mention? ChooseTarget(Document d, TokenHashes h, Claim c, ClaimView v, ClaimType type, Mention[] mentions)
    {
        uint ty = FeatureHash.Str(type.Name()), cue = FeatureHash.Str(c.CueLemma);
        var bag = targetBag ??= new FeatureBag(LearnedClaimModel.TargetBits);
        double bestP = -1;
        int best = -1;
        Mention? bestMention = null;
        foreach (var (i, contentWord, mention) in TargetWords(d, v, mentions))
        {
            bag.Clear();
            TargetFeatures.Fill(bag, d, h, c, v, ty, cue, i, contentWord, mention);
            double p = model.Target.Probability(bag.AsSpan());
            if (p > bestP)
            {
                bestP = p;
                best = i;
                bestMention = mention;
            }
        }
        if (best < 0 || bestP < model.TargetThreshold) return null;
        if (bestMention is not null) return bestMention;
        var (first, end) = phrases.Opened(d.Tokens, best, v.SentenceEnd);
        return resolver.Resolve(d, first, end, "learned");
    }

    /// <summary>
    /// The words of the claim's sentence that may be its target, in a window round the cue and the
    /// content, outside the speaker, with their word index in the content (-1 outside) and the known
    /// actor covering them. Also what training labels, so both see the same candidates.
    /// </summary>
    public static IEnumerable<(int Token, int ContentWord, Mention? Mention)> TargetWords(Document d, ClaimView v, Mention[] mentions)
    {
        var tokens = d.Tokens;
        int anchor = v.Cue >= 0 ? Math.Min(v.Cue, v.ContentFirst) : v.ContentFirst;
        int from = Math.Max(v.SentenceFirst, anchor - WindowBefore);
        int to = Math.Min(v.SentenceEnd, Math.Max(v.ContentFirst, anchor) + WindowAfter);
        int m = from < to ? Math.Max(0, SortedMentions.LastAtOrBefore(mentions, tokens[from].Start)) : 0;
        int contentWord = 0;
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            bool inContent = i >= v.ContentFirst && i < v.ContentEnd;
            if (!t.IsWord || (i >= v.SpeakerFirst && i < v.SpeakerEnd) || i == v.Cue || t.Stem.Length < 2)
            {
                if (inContent && t.IsWord) contentWord++;
                continue;
            }
            while (m < mentions.Length && mentions[m].End <= t.Start) m++;
            var mention = m < mentions.Length && mentions[m].Start <= t.Start && t.End <= mentions[m].End ? mentions[m] : null;
            yield return (i, inContent ? contentWord : -1, mention);
            if (inContent) contentWord++;
        }
    }
}
